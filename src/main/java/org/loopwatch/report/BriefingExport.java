package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.PeriodSummaryCalculator;
import org.loopwatch.domain.PeriodSummaryRequest;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.report.chart.StageFilter;
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

    /** Computes the summary, the chart data and the provenance; throws {@link ExportInputException} without data. */
    public static BriefingContent prepare(Database database, BriefingSpec spec, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        ExportPeriod period = ExportPeriod.resolve(inputs, spec.from(), spec.to());
        RollingWindow window = spec.window().orElse(inputs.window());
        IntervalMethod method = spec.method().orElse(inputs.method());
        ConfidenceLevel level = spec.level().orElse(inputs.level());
        LocalDate first = period.first();
        LocalDate last = period.last();
        LocalDate countingStart = inputs.countingStart().orElse(first);

        List<ChartSubject> subjects = ExportSubjects.withData(inputs, inputs.subjects(), StageFilter.ALL, first, last);
        // The summary (flags judged day by day over the whole period) on the second core while the charts are computed.
        CompletableFuture<PeriodSummary> summary = CompletableFuture.supplyAsync(() ->
                summary(inputs, subjects, first, last, window, method, level, clock));

        ChartRequest base = new ChartRequest(ChartKind.ROLLING, inputs.index(), subjects, inputs.groups(),
                StageFilter.ALL, first, last, window, method, level, countingStart, inputs.markers());
        List<BriefingContent.ChartPage> charts = new ArrayList<>();
        for (StageFilter stage : List.of(StageFilter.ARRIVAL, StageFilter.IN_LOOP)) {
            List<ChartSubject> withStage = ExportSubjects.withData(inputs, subjects, stage, first, last);
            if (!withStage.isEmpty()) {
                ChartRequest rolling = new ChartRequest(ChartKind.ROLLING, inputs.index(), withStage, inputs.groups(),
                        stage, first, last, window, method, level, countingStart, inputs.markers());
                charts.add(planned(ChartData.of(rolling), stage.label()));
            }
        }
        for (ChartKind kind : List.of(ChartKind.POSITIVES, ChartKind.TESTS, ChartKind.CUMULATIVE)) {
            charts.add(planned(ChartData.of(base.withKind(kind)), TEXT.get("briefing.bothStages")));
        }

        Set<Long> allGroups = new HashSet<>();
        inputs.groups().forEach(group -> allGroups.add(group.id()));
        int reach = Math.max(window.days() - 1, ExceedanceDetector.BASELINE_DAYS);
        LocalDate firstRead = countingStart.isBefore(first.minusDays(reach)) ? countingStart : first.minusDays(reach);
        Provenance provenance = ExportProvenance.of(database, inputs.groups(), allGroups, Selection.BOTH_STAGES,
                firstRead, last, TEXT.format("briefing.definition", window.label().toLowerCase(Texts.language())), method,
                level, clock);

        String event = database.event().find().map(Event::name).orElse("");
        String title = event.isEmpty() ? TEXT.get("briefing.title") : TEXT.format("briefing.titleWithEvent", event);
        String days = Integer.toString(window.days());
        String subtitle = TEXT.format("briefing.subtitle", ChartText.period(first, last), days, method.label(),
                Integer.toString(level.percent()));
        PeriodSummary figures = joined(summary);
        List<String> remarks = new ArrayList<>(remarks(inputs, subjects, first, last));
        remarks.addAll(BriefingSummary.alertRemarks(figures, inputs.groups()));
        return new BriefingContent(title, subtitle, TEXT.format("briefing.recent", days), BriefingSummary.lines(figures),
                remarks,
                charts, MethodsNote.paragraphs(window, method, level), provenance);
    }

    /**
     * The domain summary behind the briefing's table: the computation the tiles and
     * {@code loopwatch summary} use, with arrival and in-loop apart.
     */
    static PeriodSummary summary(ChartInputs inputs, List<ChartSubject> subjects, LocalDate first, LocalDate last,
                                 RollingWindow window, IntervalMethod method, ConfidenceLevel level, Clock clock) {
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(inputs.index(), inputs.groups(),
                        subjects.stream().map(ChartSubject::summarySubject).toList(), first, last)
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

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    private static BriefingContent.ChartPage planned(ChartData data, String stage) {
        return new BriefingContent.ChartPage(TEXT.format("briefing.chartHeading", data.title(), stage), data.subtitle(), data);
    }

    private static List<String> remarks(ChartInputs inputs, List<ChartSubject> subjects, LocalDate first,
                                        LocalDate last) {
        List<String> remarks = new ArrayList<>();
        List<String> perHundred = new ArrayList<>();
        for (ChartSubject subject : subjects) {
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
        List<String> silent = inputs.groups().stream().filter(Group::active)
                .filter(group -> subjects.stream().noneMatch(subject -> subject.key().equals(ChartSubject.ofGroup(group).key())))
                .map(Group::name).toList();
        if (!silent.isEmpty()) {
            remarks.add(TEXT.format("briefing.silent", String.join(TEXT.get("briefing.listSeparator"), silent)));
        }
        return remarks;
    }
}
