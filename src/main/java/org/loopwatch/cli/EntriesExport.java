package org.loopwatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.store.Database;

/**
 * What {@code export-csv} and {@code export-xlsx} share (SPEC §7): the period and the output file
 * checked before the database is opened (exit 2), the database opened for reading (exit 3 when
 * missing), the entries written by one exporter, and one line saying how many.
 */
final class EntriesExport {

    /** Writes the entries of the period to {@code out}, whole or not at all; returns how many. */
    @FunctionalInterface
    interface Exporter {
        int export(Database database, Optional<LocalDate> from, Optional<LocalDate> to, Path out) throws IOException;
    }

    private EntriesExport() {
    }

    /** Runs the export as {@code command} and prints {@code doneKey} with the count and the file. */
    static int run(CommandContext context, String command, PeriodOptions period, Path out, Exporter exporter,
            String doneKey) {
        period.check(command);
        ExportCommand.checkedOut(command, out);
        try (Database database = context.openForReading()) {
            int rows = exporter.export(database, period.from(), period.to(), out);
            context.out().println(UsageTexts.TEXT.format(doneKey, rows, out));
        } catch (IOException e) {
            throw new UsageException(ExportCommand.cannotWrite(command, out, e));
        }
        return ExitCode.OK;
    }
}
