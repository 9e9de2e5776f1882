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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code export chart --out FILE.png|FILE.svg ...}: one chart as a PNG or an SVG document, as the
 * dashboard draws it; the file's extension chooses the format (SPEC §7), and any other extension
 * is refused before any work (exit 2).
 */
final class ExportChartCommand implements Callable<Integer> {

    private static final String NAME = "export chart";

    private final ExportCommand export;
    private final OptionSpec outOption = CommandSpecs.required("--out", "FILE.png|FILE.svg", "out", Path.class);
    private final OptionSpec kindOption = CommandSpecs.option("--chart", "rolling|positives|tests|cumulative",
            "chart", ChartKind.class, new OptionConverters.Chart());
    private final OptionSpec presetOption = CommandSpecs.option("--preset", "slide-16x9|slide-4x3|a4-landscape",
            "preset", ExportPreset.class, new OptionConverters.Preset());
    private final OptionSpec scaleOption = CommandSpecs.option("--scale", "N", "scale", Integer.class,
            new OptionConverters.Scale());
    private final ChartFilterOptions filter = new ChartFilterOptions();

    private ExportChartCommand(ExportCommand export) {
        this.export = export;
    }

    static CommandSpec spec(ExportCommand export) {
        ExportChartCommand command = new ExportChartCommand(export);
        CommandSpec spec = CommandSpecs.command("chart", command).addOption(command.outOption)
                .addOption(command.kindOption).addOption(command.presetOption).addOption(command.scaleOption);
        command.filter.addTo(spec);
        return CommandSpecs.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws Exception {
        CommandContext context = export.context();
        Path out = outOption.getValue();
        ChartKind kind = CommandSpecs.value(kindOption, ChartKind.ROLLING);
        ExportPreset preset = CommandSpecs.value(presetOption, ExportPreset.SLIDE_16X9);
        int scale = CommandSpecs.value(scaleOption, 1);
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
