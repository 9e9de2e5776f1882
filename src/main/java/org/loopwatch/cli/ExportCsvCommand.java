package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.io.CsvExporter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code export-csv --out FILE.csv [--from DATE] [--to DATE]}: the entries in the import format.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
final class ExportCsvCommand implements Callable<Integer> {

    private final LoopWatchCommand root;
    private final OptionSpec outOption = CommandSpecs.required("--out", "FILE.csv", "out", Path.class);
    private final PeriodOptions period = new PeriodOptions();

    private ExportCsvCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        ExportCsvCommand command = new ExportCsvCommand(root);
        CommandSpec spec = CommandSpecs.command("export-csv", command).addOption(command.outOption);
        command.period.addTo(spec);
        return CommandSpecs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        return EntriesExport.run(root.context(), "export-csv", period, outOption.getValue(), CsvExporter::export,
                "exportCsv.done");
    }
}
