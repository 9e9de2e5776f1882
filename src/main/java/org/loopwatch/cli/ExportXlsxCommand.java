package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.io.XlsxExporter;
import org.loopwatch.report.ChartDataTables;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code export-xlsx --out FILE.xlsx [--from DATE] [--to DATE]}: a workbook of the entries (import columns), the summary
 * and the rolling and cumulative charts' data, a sheet each.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
final class ExportXlsxCommand implements Callable<Integer> {

    private final LoopWatchCommand root;
    private final OptionSpec outOption = CommandSpecs.required("--out", "FILE.xlsx", "out", Path.class);
    private final PeriodOptions period = new PeriodOptions();

    private ExportXlsxCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        ExportXlsxCommand command = new ExportXlsxCommand(root);
        CommandSpec spec = CommandSpecs.command("export-xlsx", command).addOption(command.outOption);
        command.period.addTo(spec);
        return CommandSpecs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        CommandContext context = root.context();
        // The workbook's chart-data sheets are the chart model's own points (report), handed to io as tables.
        return EntriesExport.run(context, "export-xlsx", period, outOption.getValue(), (database, from, to, file) ->
                XlsxExporter.export(database, from, to, file, ChartDataTables.of(database, from, to, context.clock())),
                "exportXlsx.done");
    }
}
