package org.loopwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.io.CsvExporter;
import org.loopwatch.store.Database;
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
        CommandContext context = root.context();
        Optional<LocalDate> from = period.from();
        Optional<LocalDate> to = period.to();
        period.check("export-csv");
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) || Files.isDirectory(out)) {
            throw new UsageException(Files.isDirectory(out) ? UsageTexts.TEXT.format("out.isFolder", "export-csv", out)
                    : UsageTexts.TEXT.format("out.noFolder", "export-csv", out, folder));
        }
        try (Database database = context.openForReading()) {
            int rows = CsvExporter.export(database, from, to, out);
            context.out().println(UsageTexts.TEXT.format("exportCsv.done", rows, out));
        } catch (IOException e) {
            throw new UsageException(UsageTexts.TEXT.format("out.notWritten", "export-csv", out, e.getMessage()));
        }
        return ExitCode.OK;
    }
}
