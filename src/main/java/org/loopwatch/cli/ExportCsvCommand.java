package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.io.CsvExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-csv --out FILE.csv [--from DATE] [--to DATE]}: the entries in the import format.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
@Command(name = "export-csv", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCsvCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, descriptionKey = "out")
    private Path out;

    @Mixin
    private PeriodOptions period;

    @Override
    public Integer call() {
        return EntriesExport.run(root.context(), "export-csv", period, out, CsvExporter::export, "exportCsv.done");
    }
}
