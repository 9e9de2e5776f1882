package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.io.XlsxExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-xlsx --out FILE.xlsx [--from DATE] [--to DATE]}: a workbook of the entries (import columns) and the summary, a sheet each.
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
        return EntriesExport.run(root.context(), "export-xlsx", period, out, XlsxExporter::export, "exportXlsx.done");
    }
}
