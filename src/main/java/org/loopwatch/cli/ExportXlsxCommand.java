package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.io.XlsxExporter;
import org.loopwatch.report.ChartDataTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-xlsx --out FILE.xlsx [--from DATE] [--to DATE]}: a workbook of the entries (import columns), the summary
 * and the rolling and cumulative charts' data, a sheet each.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
@Command(name = "export-xlsx", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportXlsxCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "out")
    private Path out;

    @Mixin
    private PeriodOptions period;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        // The workbook's chart-data sheets are the chart model's own points (report), handed to io as tables.
        return EntriesExport.run(context, "export-xlsx", period, out, (database, from, to, file) -> XlsxExporter
                .export(database, from, to, file, ChartDataTables.of(database, from, to, context.clock())), "exportXlsx.done");
    }
}
