package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFactory;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPane;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * The briefing PDF (SPEC §5) in three steps, so the desktop can keep its FX thread free:
 * {@link #prepare} reads and computes (background thread), {@link #drawCharts} draws one chart at
 * a time on the FX thread (headless when the process has no display), and
 * {@link BriefingPdfWriter#write} lays out and writes the file (background thread).
 * {@link #export} does all three for the command line.
 */
public final class BriefingExport {

    /**
     * Chart images for an A4 landscape page: about 140 dpi where the PDF places them, sharp on
     * screen and paper, and small enough to draw and compress five of them in about a second.
     */
    static final ExportSize CHART_SIZE = new ExportSize(1500, 834, 1);

    /** Told after each step, e.g. to move a progress bar. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void step(int done, int total, String what);
    }

    private BriefingExport() {
    }

    /** Computes the summary, the chart data and the provenance; throws {@link ExportInputException} without data. */
    public static BriefingPlan prepare(Database database, BriefingSpec spec, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        ExportPeriod period = ExportPeriod.resolve(inputs, spec.from(), spec.to());
        RollingWindow window = spec.window().orElse(inputs.window());
        IntervalMethod method = spec.method().orElse(inputs.method());
        ConfidenceLevel level = spec.level().orElse(inputs.level());
        LocalDate first = period.first();
        LocalDate last = period.last();
        LocalDate countingStart = inputs.countingStart().orElse(first);

        List<ChartSubject> subjects = ExportSubjects.withData(inputs, inputs.subjects(), StageFilter.ALL, first, last);
        List<BriefingContent.SummaryLine> summary =
                new BriefingSummary(inputs.index(), first, last, window, method, level).lines(subjects);

        ChartRequest base = new ChartRequest(ChartKind.ROLLING, inputs.index(), subjects, inputs.groups(),
                StageFilter.ALL, first, last, window, method, level, countingStart, inputs.markers());
        List<BriefingPlan.PlannedChart> charts = new ArrayList<>();
        for (StageFilter stage : List.of(StageFilter.ARRIVAL, StageFilter.IN_LOOP)) {
            List<ChartSubject> withStage = ExportSubjects.withData(inputs, subjects, stage, first, last);
            if (!withStage.isEmpty()) {
                ChartRequest rolling = new ChartRequest(ChartKind.ROLLING, inputs.index(), withStage, inputs.groups(),
                        stage, first, last, window, method, level, countingStart, inputs.markers());
                charts.add(planned(ChartData.of(rolling), stage.label()));
            }
        }
        for (ChartKind kind : List.of(ChartKind.POSITIVES, ChartKind.TESTS, ChartKind.CUMULATIVE)) {
            charts.add(planned(ChartData.of(base.withKind(kind)), "both stages"));
        }

        Set<Long> allGroups = new HashSet<>();
        inputs.groups().forEach(group -> allGroups.add(group.id()));
        int reach = Math.max(window.days() - 1, ExceedanceDetector.BASELINE_DAYS);
        LocalDate firstRead = countingStart.isBefore(first.minusDays(reach)) ? countingStart : first.minusDays(reach);
        Provenance provenance = ExportProvenance.of(database, inputs.groups(), allGroups, Selection.BOTH_STAGES,
                firstRead, last, "Positivity = positives ÷ tests, ratio of sums, per group and stage; "
                        + window.label().toLowerCase() + " likewise", method, level, clock);

        String event = database.event().find().map(Event::name).orElse("");
        String title = event.isEmpty() ? "LoopWatch briefing" : "LoopWatch briefing — " + event;
        String subtitle = ChartText.period(first, last) + " · " + window.days() + "-day window · " + method.label()
                + ", " + level.percent() + " % confidence intervals";
        return new BriefingPlan(title, subtitle, "Last " + window.days() + " days", summary, remarks(inputs, subjects, first, last),
                charts, MethodsNote.paragraphs(window, method, level), provenance);
    }

    /**
     * Draws the charts one by one on the FX thread; call from a background thread. Each image is
     * compressed for the PDF on another thread while the FX thread draws the next one.
     */
    public static BriefingContent drawCharts(BriefingPlan plan, Progress progress) throws Exception {
        ExecutorService compressor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "loopwatch-pdf-images");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CompressedImage>> compressed = new ArrayList<>();
            int done = 0;
            for (BriefingPlan.PlannedChart chart : plan.charts()) {
                BufferedImage image = HeadlessFx.call(() -> {
                    ChartPane pane = ChartFactory.create(chart.data());
                    pane.chart().setTitle(null); // the PDF page prints the heading
                    return PngFiles.toBufferedImage(ChartImageRenderer.renderChart(pane, CHART_SIZE));
                });
                compressed.add(compressor.submit(() -> CompressedImage.of(image)));
                progress.step(++done, plan.steps(), "Drew " + chart.heading());
            }
            List<BriefingContent.ChartImage> images = new ArrayList<>();
            for (int i = 0; i < compressed.size(); i++) {
                BriefingPlan.PlannedChart chart = plan.charts().get(i);
                images.add(new BriefingContent.ChartImage(chart.heading(), chart.caption(), compressed.get(i).get()));
            }
            return new BriefingContent(plan.title(), plan.subtitle(), plan.recentHeading(), plan.summary(),
                    plan.remarks(), images, plan.methods(), plan.provenance());
        } finally {
            compressor.shutdownNow();
        }
    }

    /** Prepares, draws and writes the briefing; the file is complete or absent. */
    public static BriefingPlan export(Database database, BriefingSpec spec, Clock clock, Path target,
                                      Progress progress) throws Exception {
        BriefingPlan plan = prepare(database, spec, clock);
        BriefingContent content = drawCharts(plan, progress);
        write(content, target);
        progress.step(plan.steps(), plan.steps(), "Wrote " + target.getFileName());
        return plan;
    }

    public static void write(BriefingContent content, Path target) throws IOException {
        BriefingPdfWriter.write(content, target);
    }

    private static BriefingPlan.PlannedChart planned(ChartData data, String stage) {
        return new BriefingPlan.PlannedChart(data.title() + " — " + stage, data.subtitle(), data);
    }

    private static List<String> remarks(ChartInputs inputs, List<ChartSubject> subjects, LocalDate first,
                                        LocalDate last) {
        List<String> remarks = new ArrayList<>();
        List<String> perHundred = new ArrayList<>();
        for (ChartSubject subject : subjects) {
            OptionalDouble figure = PositivesPerHundredArrivals.compute(inputs.index(),
                    subject.selection(Selection.BOTH_STAGES), first, last);
            if (figure.isPresent()) {
                perHundred.add(subject.name() + " " + RateFormat.ratio(figure.getAsDouble()));
            }
        }
        if (!perHundred.isEmpty()) {
            remarks.add(PositivesPerHundredArrivals.LABEL + " (all positives of both stages ÷ arrival tests × 100; "
                    + "the press figure, not a positivity): " + String.join(" · ", perHundred) + ".");
        }
        List<String> silent = inputs.groups().stream().filter(Group::active)
                .filter(group -> subjects.stream().noneMatch(subject -> subject.key().equals(ChartSubject.ofGroup(group).key())))
                .map(Group::name).toList();
        if (!silent.isEmpty()) {
            remarks.add("No results in the period, so left out: " + String.join(", ", silent) + ".");
        }
        return remarks;
    }
}
