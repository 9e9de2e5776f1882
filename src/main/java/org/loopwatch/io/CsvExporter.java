package org.loopwatch.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.loopwatch.store.DurableFiles;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;

/**
 * Writes daily results in the import format (SPEC §5, §6), so an export imports back unchanged:
 * UTF-8 without BOM, the header {@code date,group,stage,tests,positives,note}, CRLF line ends,
 * plain digits, quotes only where needed, and {@link FormulaGuard} on the text cells.
 *
 * <p>Rows are ordered by date, then group name (ignoring case), then stage. The order does not
 * depend on group ids or display order, so a file imported into a new database (where new
 * groups get other ids) exports byte for byte the same.
 */
public final class CsvExporter {

    private CsvExporter() {
    }

    /**
     * Exports the rows between {@code from} and {@code to} (each open when empty) to {@code out},
     * replacing it only once the whole file is written.
     *
     * @return the number of rows written
     */
    public static int export(Database database, Optional<LocalDate> from, Optional<LocalDate> to, Path out)
            throws IOException {
        List<DailyResult> rows = from.isEmpty() && to.isEmpty() ? database.results().findAll()
                : database.results().findBetween(from.orElse(LocalDate.of(1, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
        Map<Long, String> names = new HashMap<>();
        for (Group group : database.groups().findAll()) {
            names.put(group.id(), group.name());
        }
        DurableFiles.writeWhole(out, temporary -> {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                write(rows, names, writer);
            }
        });
        return rows.size();
    }

    /** Writes the header and the rows, in export order, to {@code writer}. */
    static void write(List<DailyResult> rows, Map<Long, String> groupNames, Appendable writer) throws IOException {
        Comparator<DailyResult> order = exportOrder(groupNames);
        try (CSVPrinter printer = new CSVPrinter(writer, ResultCsvFormat.WRITE)) {
            printer.printRecord(ResultCsvFormat.COLUMNS);
            for (DailyResult row : rows.stream().sorted(order).toList()) {
                printer.printRecord(row.date().toString(), FormulaGuard.neutralise(groupNames.get(row.groupId())),
                        row.stage().code(), Long.toString(row.tests()), Long.toString(row.positives()),
                        FormulaGuard.neutralise(row.note()));
            }
        }
    }

    /** The order of exported rows (CSV and workbook alike): date, group name ignoring case, stage. */
    static Comparator<DailyResult> exportOrder(Map<Long, String> groupNames) {
        return Comparator.comparing(DailyResult::date)
                .thenComparing(row -> groupNames.get(row.groupId()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> groupNames.get(row.groupId()))
                .thenComparing(DailyResult::stage);
    }

    /** A file name for an export, e.g. {@code loopwatch-2022-01-04-to-2022-02-20.csv}. */
    public static String suggestedName(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "loopwatch-results.csv";
        }
        return String.format(Locale.ROOT, "loopwatch-%s-to-%s.csv",
                from.map(LocalDate::toString).orElse("start"), to.map(LocalDate::toString).orElse("end"));
    }

}
