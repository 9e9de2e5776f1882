package org.loopwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.io.CsvExporter;
import org.loopwatch.store.Database;

/**
 * {@code export-csv --out FILE.csv [--from DATE] [--to DATE]}: the entries in the import format.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
final class ExportCsvCommand implements Command {

    private static final Set<String> VALUED = Set.of("--out", "--from", "--to");

    @Override
    public int run(CommandContext context, List<String> args) {
        CommandOptions options = CommandOptions.parse("export-csv", args, VALUED, Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("export-csv: unexpected argument " + options.positional().getFirst()
                    + ". Give the file with --out FILE.csv.");
        }
        Path out = options.single("--out").map(Path::of).orElseThrow(() -> new UsageException(
                "export-csv needs --out FILE.csv, the file to write."));
        Optional<LocalDate> from = options.date("--from");
        Optional<LocalDate> to = options.date("--to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new UsageException("export-csv: --from " + from.get() + " is after --to " + to.get() + ".");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) || Files.isDirectory(out)) {
            throw new UsageException("export-csv: cannot write " + out + ": " + (Files.isDirectory(out)
                    ? "it is a folder." : "the folder " + folder + " does not exist."));
        }
        try (Database database = Database.openForReading(context.database())) {
            int rows = CsvExporter.export(database, from, to, out);
            context.out().println("Wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + out + ".");
        } catch (IOException e) {
            throw new UsageException("export-csv: cannot write " + out + " (" + e.getMessage()
                    + "). Check the path and that the folder is writable.");
        }
        return ExitCode.OK;
    }
}
