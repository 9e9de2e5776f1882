package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.report.ChartExportSpec;
import org.loopwatch.report.ChartFormat;
import org.loopwatch.report.ChartExports;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.ExportSize;
import org.loopwatch.report.ExportWarmUp;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export chart --out FILE.png|FILE.svg ...}: one chart as a PNG or an SVG document, as the
 * dashboard draws it; the file's extension chooses the format (SPEC §7), and any other extension
 * is refused before any work (exit 2).
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportChartCommand implements Callable<Integer> {

    private static final String NAME = "export chart";

    @ParentCommand
    private ExportCommand export;

    @Option(names = "--out", paramLabel = "FILE.png|FILE.svg", required = true, descriptionKey = "out")
    private Path out;

    @Option(names = "--chart", paramLabel = "rolling|positives|tests|cumulative", descriptionKey = "chart",
            converter = OptionConverters.Chart.class)
    private ChartKind kind = ChartKind.ROLLING;

    @Option(names = "--preset", paramLabel = "slide-16x9|slide-4x3|a4-landscape", descriptionKey = "preset",
            converter = OptionConverters.Preset.class)
    private ExportPreset preset = ExportPreset.SLIDE_16X9;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "scale", converter = OptionConverters.Scale.class)
    private int scale = 1;

    @Mixin
    private ChartFilterOptions filter;

    @Override
    public Integer call() throws Exception {
        CommandContext context = export.context();
        ExportCommand.checkedOut(NAME, out);
        ChartFormat format = ChartFormat.of(out).orElseThrow(() -> new UsageException(
                UsageTexts.TEXT.format("out.chartExtension", NAME, out)));
        filter.period().check(NAME);
        ExportSize size = preset.size(scale);
        ExportWarmUp.start();
        return ExportCommand.write(context, NAME, out, database -> {
            PreparedChart chart = ChartExports.prepare(database, new ChartExportSpec(kind, filter.period().from(),
                    filter.period().to(), filter.groups(), filter.stage()), context.clock());
            ChartExports.write(chart, format, size, out);
            context.out().println(UsageTexts.TEXT.format(format == ChartFormat.SVG ? "export.chart.wroteSvg"
                    : "export.chart.wrotePng", out, Integer.toString(size.pixelWidth()),
                    Integer.toString(size.pixelHeight()), chart.title(), chart.subtitle()));
        });
    }
}
