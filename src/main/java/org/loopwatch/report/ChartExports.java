package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.ChartSubject;
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

    /** The chart the command line asks for; throws {@link ExportInputException} for unknown groups or no data. */
    public static PreparedChart prepare(Database database, ChartExportSpec spec, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        ExportPeriod period = ExportPeriod.resolve(inputs, spec.from(), spec.to());
        List<ChartSubject> subjects = spec.groups().isEmpty()
                ? ExportSubjects.withData(inputs, inputs.subjects(), spec.stage(), period.first(), period.last())
                : ExportSubjects.trimmed(inputs, ExportSubjects.named(inputs, spec.groups()), spec.stage(), period.first(), period.last());
        if (subjects.isEmpty()) {
            throw new ExportInputException(TEXT.format("export.noGroupInStage",
                    spec.stage().label().toLowerCase(Texts.language()), period.first(), period.last()));
        }
        ChartRequest request = new ChartRequest(spec.kind(), inputs.index(), subjects, inputs.groups(), spec.stage(),
                period.first(), period.last(), inputs.window(), inputs.method(), inputs.level(),
                inputs.countingStart().orElse(period.first()), inputs.markers()).withAlertRules(inputs.alertRules());
        return prepare(database, ChartData.of(request), clock);
    }

    /**
     * The chart the dashboard shows: its filters and groups, on data read again now so that the
     * figures and the fingerprint agree.
     */
    public static PreparedChart prepare(Database database, ChartRequest shown, ChartKind kind, Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        Set<String> keys = new HashSet<>();
        shown.subjects().forEach(subject -> keys.add(subject.key()));
        List<ChartSubject> subjects = inputs.subjects().stream().filter(subject -> keys.contains(subject.key())).toList();
        ChartRequest request = new ChartRequest(kind, inputs.index(), subjects, inputs.groups(), shown.stage(),
                shown.from(), shown.to(), shown.window(), shown.method(), shown.level(),
                inputs.countingStart().orElse(shown.from()), inputs.markers()).withAlertRules(inputs.alertRules());
        return prepare(database, ChartData.of(request), clock);
    }

    /** Words and provenance for chart data computed before. */
    static PreparedChart prepare(Database database, ChartData data, Clock clock) {
        ChartRequest request = data.request();
        Set<Long> groupIds = new HashSet<>();
        for (ChartSeries series : data.series()) {
            groupIds.addAll(series.subject().groupIds());
        }
        Provenance provenance = ExportProvenance.of(database, request.allGroups(), groupIds, request.stage().stages(),
                firstDayRead(request), request.to(), definition(data), request.method(), request.level(), clock);
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

    /** The measure's definition without its interval, which the footer states on its own. */
    static String definition(ChartData data) {
        ChartRequest request = data.request();
        return data.definition().replace("; " + request.level().percent() + " % CI, " + request.method().label(), "");
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
