package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.PeriodSummaryCalculator;
import org.loopwatch.domain.PeriodSummaryRequest;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPanels;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.AlertAcknowledgement;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * The briefing PDF (SPEC §5): {@link #prepare} reads and computes everything it shows, then
 * {@link BriefingPdfWriter#write} lays it out and draws its charts as vectors. Neither needs
 * JavaFX, so the desktop runs both on a background thread and the command line never starts a
 * toolkit for it.
 */
public final class BriefingExport {

    private static final Texts TEXT = Texts.of(BriefingExport.class);

    /** Told after each step, e.g. to move a progress bar. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void step(int done, int total, String what);
    }

    private BriefingExport() {
    }

    /** The summary's table lines and its remarks (baselines missing, alerts explained). */
    private record SummaryPart(List<BriefingContent.SummaryLine> lines, List<String> remarks) {
    }

    /**
     * Computes the summary, the chart data and the provenance of the groups and stages chosen;
     * throws {@link ExportInputException} for an unknown group or when none of them has results.
     */
    public static BriefingContent prepare(Database database, BriefingSpec spec, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        ExportPeriod period = ExportPeriod.resolve(inputs, spec.from(), spec.to());
        RollingWindow window = spec.window().orElse(inputs.window());
        IntervalMethod method = spec.method().orElse(inputs.method());
        ConfidenceLevel level = spec.level().orElse(inputs.level());
        StageChoice stages = spec.stage().orElse(inputs.stage());
        LocalDate first = period.first();
        LocalDate last = period.last();
        LocalDate countingStart = inputs.countingStart().orElse(first);

        List<ChartSubject> chosen = spec.groups().isEmpty() ? inputs.subjects()
                : ExportSubjects.named(inputs, spec.groups());
        StageFilter counted = StageFilter.countsFor(stages);
        List<ChartSubject> subjects = ExportSubjects.withData(inputs, chosen, counted, first, last);
        if (subjects.isEmpty()) {
            throw new ExportInputException(TEXT.format("export.noGroupInStage",
                    stages.label().toLowerCase(Texts.language()), first, last));
        }
        // The summary (flags judged day by day over the whole period) and its table and remarks, the
        // 2,266 alerts of ten years explained, on the second core while this one computes the charts.
        Map<ResultKey, AlertAcknowledgement> acknowledged = database.alerts().findAll();
        SharedWork<SummaryPart> summary = SharedWork.start(() -> {
            PeriodSummary figures = summary(inputs, subjects, stages, first, last, window, method, level, clock);
            List<String> remarks = new ArrayList<>(BriefingSummary.baselineRemarks(figures, inputs.groups()));
            remarks.addAll(BriefingSummary.alertRemarks(figures, inputs.groups(), acknowledged, clock.getZone()));
            return new SummaryPart(BriefingSummary.lines(figures), remarks);
        });

        // The provenance's fingerprint from the rows already read: queued behind the summary, and
        // done by this thread instead if the charts are done first (two cores: the pool has one worker).
        Set<Long> shownGroups = new HashSet<>();
        subjects.forEach(subject -> shownGroups.addAll(subject.groupIds()));
        int reach = Math.max(window.days() - 1, ExceedanceDetector.BASELINE_DAYS);
        LocalDate firstRead = countingStart.isBefore(first.minusDays(reach)) ? countingStart : first.minusDays(reach);
        String definition = TEXT.format("briefing.definition", window.label().toLowerCase(Texts.language()));
        Optional<Instant> dataAsOf = database.dataAsOf();
        SharedWork<Provenance> provenance = SharedWork.start(() -> ExportProvenance.of(
                inputs.index(), dataAsOf, inputs.groups(), shownGroups, counted.stages(), firstRead, last, definition,
                method, level, clock));

        List<BriefingContent.ChartPage> charts = new ArrayList<>();
        for (StageFilter stage : StageFilter.rollingFor(stages)) {
            List<ChartSubject> withStage = ExportSubjects.withData(inputs, subjects, stage, first, last);
            if (!withStage.isEmpty()) {
                ChartRequest rolling = new ChartRequest(ChartKind.ROLLING, inputs.index(), withStage, inputs.groups(),
                        stage, first, last, window, method, level, countingStart, inputs.markers())
                        .withAlertRules(inputs.alertRules()).withToday(LocalDate.now(clock));
                // Small multiples (decision 0021): a page per panel of at most four groups, then the rollups.
                for (ChartRequest panel : ChartPanels.of(rolling)) {
                    charts.add(planned(ChartData.of(panel), stages.mixesStages() ? stages.label() : stage.label()));
                }
            }
        }
        ChartRequest counts = new ChartRequest(ChartKind.POSITIVES, inputs.index(), subjects, inputs.groups(),
                counted, first, last, window, method, level, countingStart, inputs.markers())
                        .withAlertRules(inputs.alertRules()).withToday(LocalDate.now(clock));
        String countsStage = counted == StageFilter.ALL ? TEXT.get("briefing.bothStages") : counted.label();
        for (ChartKind kind : List.of(ChartKind.POSITIVES, ChartKind.TESTS, ChartKind.CUMULATIVE)) {
            charts.add(planned(ChartData.of(counts.withKind(kind)), countsStage));
        }

        String event = database.event().find().map(Event::name).orElse("");
        String title = event.isEmpty() ? TEXT.get("briefing.title") : TEXT.format("briefing.titleWithEvent", event);
        String days = Integer.toString(window.days());
        String subtitle = TEXT.format("briefing.subtitle", ChartText.period(first, last), days, method.label(),
                Integer.toString(level.percent()), stages.label());
        if (!spec.groups().isEmpty()) {
            subtitle = TEXT.format("briefing.subtitleGroups", subtitle, ListStyle.names(
                    subjects.stream().map(ChartSubject::name).toList()));
        }
        List<String> remarks = new ArrayList<>(remarks(inputs, chosen, subjects, stages, first, last));
        Provenance shownFrom = provenance.result();
        SummaryPart table = summary.result();
        remarks.addAll(table.remarks());
        return new BriefingContent(title, subtitle, TEXT.format("briefing.recent", days), table.lines(),
                remarks, charts, MethodsNote.paragraphs(window, method, level), shownFrom);
    }

    /**
     * The domain summary behind the briefing's table: the computation the tiles and
     * {@code loopwatch summary} use, with arrival and in-loop apart.
     */
    static PeriodSummary summary(ChartInputs inputs, List<ChartSubject> subjects, StageChoice stages, LocalDate first,
                                 LocalDate last, RollingWindow window, IntervalMethod method, ConfidenceLevel level,
                                 Clock clock) {
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(inputs.index(), inputs.groups(),
                        subjects.stream().map(ChartSubject::summarySubject).toList(), first, last)
                .withScopes(stages.scopes())
                .withWindow(window)
                .withInterval(method, level)
                .withReportingBounds(inputs.loopStart(), LocalDate.now(clock))
                .withAlertRules(inputs.alertRules()));
    }

    /** Prepares and writes the briefing; the file is complete or absent. */
    public static BriefingContent export(Database database, BriefingSpec spec, Clock clock, Path target,
                                         Progress progress) throws Exception {
        BriefingContent content = prepare(database, spec, clock);
        progress.step(1, content.steps() + 1, TEXT.get("briefing.computed"));
        write(content, target, (done, total, what) -> progress.step(done + 1, total + 1, what));
        return content;
    }

    public static void write(BriefingContent content, Path target) throws IOException {
        write(content, target, Progress.NONE);
    }

    public static void write(BriefingContent content, Path target, Progress progress) throws IOException {
        BriefingPdfWriter.write(content, target, progress);
    }

    private static BriefingContent.ChartPage planned(ChartData data, String stage) {
        return new BriefingContent.ChartPage(TEXT.format("briefing.chartHeading", data.title(), stage), data.subtitle(), data);
    }

    private static List<String> remarks(ChartInputs inputs, List<ChartSubject> chosen, List<ChartSubject> subjects,
                                        StageChoice stages, LocalDate first, LocalDate last) {
        List<String> remarks = new ArrayList<>();
        List<String> perHundred = new ArrayList<>();
        // The press figure divides by arrivals: out of place in a briefing on in-loop screening alone.
        List<ChartSubject> withArrivals = stages == StageChoice.IN_LOOP ? List.of() : subjects;
        for (ChartSubject subject : withArrivals) {
            OptionalDouble figure = PositivesPerHundredArrivals.compute(inputs.index(),
                    subject.selection(Selection.BOTH_STAGES), first, last);
            if (figure.isPresent()) {
                perHundred.add(TEXT.format("briefing.perHundredItem", subject.name(), RateFormat.ratio(figure.getAsDouble())));
            }
        }
        if (!perHundred.isEmpty()) {
            remarks.add(TEXT.format("briefing.perHundred", PositivesPerHundredArrivals.label(),
                    String.join(TEXT.get("briefing.itemSeparator"), perHundred)));
        }
        // Only what was chosen: a group left out by the dashboard's filter is not "without results".
        List<String> silent = chosen.stream()
                .filter(candidate -> subjects.stream().noneMatch(subject -> subject.key().equals(candidate.key())))
                .map(ChartSubject::name).toList();
        if (!silent.isEmpty()) {
            remarks.add(TEXT.format("briefing.silent", ListStyle.names(silent)));
        }
        return remarks;
    }
}
