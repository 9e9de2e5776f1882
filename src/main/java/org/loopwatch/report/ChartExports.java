package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * Chart PNG and SVG exports (SPEC §5): the same chart as the dashboard, with a title, a subtitle naming
 * the event, period, stage and groups, and the provenance footer. {@link #prepare} reads and
 * computes off the FX thread; {@link #writePng} draws on the FX thread (a headless one when the
 * process has none) and writes the file completely or not at all.
 */
public final class ChartExports {

    private static final Texts TEXT = Texts.of(ChartExports.class);

    private ChartExports() {
    }

    /**
     * The chart the command line asks for; throws {@link ExportInputException} for unknown groups or no data.
     * Stages apart unless one stage or both summed are asked for (decision 0028): a rolling chart is
     * then drawn once per stage, side by side; count charts sum both stages as the dashboard's do.
     */
    public static PreparedChart prepare(Database database, ChartExportSpec spec, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        ExportPeriod period = ExportPeriod.resolve(inputs, spec.from(), spec.to());
        StageChoice stages = spec.stage().orElse(inputs.stage());
        List<ChartData> drawn = new ArrayList<>();
        for (StageFilter stage : stagesOf(spec.kind(), stages)) {
            List<ChartSubject> subjects = spec.groups().isEmpty()
                    ? ExportSubjects.withData(inputs, inputs.subjects(), stage, period.first(), period.last())
                    : ExportSubjects.named(inputs, spec.groups());
            // Stages apart: a stage nobody reported in the period is left out rather than drawn empty.
            boolean apart = stagesOf(spec.kind(), stages).size() > 1;
            if (apart) {
                subjects = subjects.stream().filter(subject -> ExportSubjects.hasRows(inputs.index(), subject, stage,
                        period.first(), period.last())).toList();
            }
            if (!subjects.isEmpty()) {
                drawn.add(ChartData.of(new ChartRequest(spec.kind(), inputs.index(), subjects, inputs.groups(), stage,
                        period.first(), period.last(), inputs.window(), inputs.method(), inputs.level(),
                        inputs.countingStart().orElse(period.first()), inputs.markers())
                        .withAlertRules(inputs.alertRules()).withToday(LocalDate.now(clock))));
            }
        }
        if (drawn.isEmpty()) {
            throw new ExportInputException(TEXT.format("export.noGroupInStage",
                    stages.label().toLowerCase(Texts.language()), period.first(), period.last()));
        }
        return prepare(database, drawn, stages, clock);
    }

    /**
     * The chart the dashboard shows: its filters and groups, on data read again now so that the
     * figures and the fingerprint agree; {@code stages} is the dashboard's stage choice, so a rolling
     * chart of stages apart exports both stages as the dashboard shows them, never one alone.
     */
    public static PreparedChart prepare(Database database, ChartRequest shown, ChartKind kind, StageChoice stages,
                                        Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        Set<String> keys = new HashSet<>();
        shown.subjects().forEach(subject -> keys.add(subject.key()));
        List<ChartSubject> subjects = inputs.subjects().stream().filter(subject -> keys.contains(subject.key())).toList();
        List<ChartData> drawn = new ArrayList<>();
        for (StageFilter stage : stagesOf(kind, stages)) {
            drawn.add(ChartData.of(new ChartRequest(kind, inputs.index(), subjects, inputs.groups(), stage,
                    shown.from(), shown.to(), shown.window(), shown.method(), shown.level(),
                    inputs.countingStart().orElse(shown.from()), inputs.markers())
                        .withAlertRules(inputs.alertRules()).withToday(LocalDate.now(clock))));
        }
        return prepare(database, drawn, stages, clock);
    }

    /**
     * The chart the dashboard shows, in the stage of {@code shown} alone: what "copy chart" puts on
     * the clipboard for one of the dashboard's charts.
     */
    public static PreparedChart prepare(Database database, ChartRequest shown, ChartKind kind, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        Set<String> keys = new HashSet<>();
        shown.subjects().forEach(subject -> keys.add(subject.key()));
        List<ChartSubject> subjects = inputs.subjects().stream().filter(subject -> keys.contains(subject.key())).toList();
        ChartRequest request = new ChartRequest(kind, inputs.index(), subjects, inputs.groups(), shown.stage(),
                shown.from(), shown.to(), shown.window(), shown.method(), shown.level(),
                inputs.countingStart().orElse(shown.from()), inputs.markers())
                        .withAlertRules(inputs.alertRules()).withToday(LocalDate.now(clock));
        return prepare(database, ChartData.of(request), clock);
    }

    /** The stages a chart of this kind draws for a stage choice: rates per stage, counts as the dashboard sums them. */
    static List<StageFilter> stagesOf(ChartKind kind, StageChoice stages) {
        return kind == ChartKind.ROLLING ? StageFilter.rollingFor(stages) : List.of(StageFilter.countsFor(stages));
    }

    /** Words and provenance for the charts of one or more stages, drawn side by side. */
    static PreparedChart prepare(Database database, List<ChartData> drawn, StageChoice stages, Clock clock) {
        ChartData first = drawn.get(0);
        if (drawn.size() == 1 && !(first.kind() == ChartKind.ROLLING && stages.mixesStages())) {
            return prepare(database, first, clock);
        }
        Set<Long> groupIds = new HashSet<>();
        Set<Stage> read = EnumSet.noneOf(Stage.class);
        List<String> names = new ArrayList<>();
        for (ChartData data : drawn) {
            read.addAll(data.request().stage().stages());
            for (ChartSeries series : data.series()) {
                groupIds.addAll(series.subject().groupIds());
                if (!names.contains(series.subject().name())) {
                    names.add(series.subject().name());
                }
            }
        }
        ChartRequest request = first.request();
        Provenance provenance = ExportProvenance.of(database, request.allGroups(), groupIds, read,
                firstDayRead(request), request.to(), first.definitionWithoutInterval(), request.method(), request.level(), clock);
        // Rates of both stages summed say so in words (SPEC §4: "labelled as mixing two denominators").
        String subtitle = database.event().find().map(Event::name).map(name -> name + " · ").orElse("")
                + ChartText.period(request.from(), request.to()) + " · " + stages.label()
                + (names.isEmpty() ? "" : " · " + String.join(", ", names));
        return new PreparedChart(first, first.title(), subtitle, provenance, drawn);
    }

    /** Words and provenance for chart data computed before. */
    static PreparedChart prepare(Database database, ChartData data, Clock clock) {
        ChartRequest request = data.request();
        Set<Long> groupIds = new HashSet<>();
        for (ChartSeries series : data.series()) {
            groupIds.addAll(series.subject().groupIds());
        }
        Provenance provenance = ExportProvenance.of(database, request.allGroups(), groupIds, request.stage().stages(),
                firstDayRead(request), request.to(), data.definitionWithoutInterval(), request.method(), request.level(), clock);
        return new PreparedChart(data, data.title(), subtitle(database, data), provenance);
    }

    /** Draws the page and writes the PNG; call off the FX thread. */
    public static void writePng(PreparedChart chart, ExportSize size, Path target) throws Exception {
        BufferedImage image = render(chart, size);
        PngFiles.write(image, target);
    }

    /** Draws the page and writes it as an SVG document (UTF-8), completely or not at all; call off the FX thread. */
    public static void writeSvg(PreparedChart chart, ExportSize size, Path target) throws Exception {
        String svg = HeadlessFx.call(() -> ChartImageRenderer.renderSvg(chart.page(), size));
        AtomicFiles.write(target, temporary -> {
            // Written anew rather than into the private temporary file, so it gets the folder's usual
            // permissions like a PNG (ImageIO does the same): an SVG is made to be shared.
            Files.delete(temporary);
            Files.writeString(temporary, svg, StandardCharsets.UTF_8);
        });
    }

    /** Writes the chart in {@code format}; call off the FX thread. */
    public static void write(PreparedChart chart, ChartFormat format, ExportSize size, Path target) throws Exception {
        switch (format) {
            case PNG -> writePng(chart, size, target);
            case SVG -> writeSvg(chart, size, target);
        }
    }

    /** Draws the page on the FX thread and returns it as an AWT image. */
    public static BufferedImage render(PreparedChart chart, ExportSize size) throws Exception {
        return HeadlessFx.call(() -> PngFiles.toBufferedImage(ChartImageRenderer.render(chart.page(), size)));
    }

    /** The event name first, so a demo export says "illustrative" wherever it is shown. */
    static String subtitle(Database database, ChartData data) {
        Optional<String> event = database.event().find().map(Event::name);
        return event.map(name -> name + " · ").orElse("") + data.subtitle();
    }

    /** The first day any number of the chart reads: windows and exceedance baselines reach back. */
    static LocalDate firstDayRead(ChartRequest request) {
        int reach = Math.max(request.window().days() - 1, ExceedanceDetector.BASELINE_DAYS);
        return switch (request.kind()) {
            case ROLLING, POSITIVES -> request.from().minusDays(reach);
            case TESTS -> request.from();
            case CUMULATIVE -> request.loopStart().isBefore(request.from()) ? request.loopStart() : request.from();
        };
    }
}
