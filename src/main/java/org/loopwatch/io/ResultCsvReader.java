package org.loopwatch.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.loopwatch.domain.RawEntry;

/**
 * Splits a CSV file into rows with Apache Commons CSV (RFC 4180) and checks its shape: the header,
 * and that every row has as many cells as the header. Cell values are checked later, by
 * {@link ImportChecker}. Lines holding only blanks or only commas are skipped.
 */
final class ResultCsvReader {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ResultCsvReader.class);

    private ResultCsvReader() {
    }

    /** The data rows of the file; throws with every shape problem found. */
    static List<CsvRow> read(CsvText file, ImportMonitor monitor) throws CsvImportException {
        List<CsvRow> rows = new ArrayList<>();
        read(file, monitor, rows::add);
        return rows;
    }

    /**
     * Hands each data row of the file, in order, to {@code each} as soon as it is read (rows of the
     * wrong shape are left out); throws with every shape problem found once the file is read.
     */
    static void read(CsvText file, ImportMonitor monitor, Consumer<CsvRow> each) throws CsvImportException {
        if (file.isBlank()) {
            throw CsvImportException.single(1, TEXT.format("csv.empty", String.join(",", ResultCsvFormat.COLUMNS)));
        }
        try (CSVParser parser = CSVParser.parse(file.text(), ResultCsvFormat.READ)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = nextOrMalformed(records, file, -1);
            long headerLine = file.lineOf(header.getCharacterPosition());
            if (header.size() == 1 && header.get(0).contains(";")) {
                throw CsvImportException.single(headerLine, TEXT.get("csv.semicolons"));
            }
            Map<String, Integer> columns = columns(header.toList(), headerLine);
            int rows = 0;
            List<ImportProblem> problems = new ArrayList<>();
            long lastPosition = header.getCharacterPosition();
            while (true) {
                CSVRecord record = nextOrMalformed(records, file, lastPosition, problems);
                if (record == null) {
                    break;
                }
                lastPosition = record.getCharacterPosition();
                long line = file.lineOf(lastPosition);
                if (allBlank(record)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(ImportProblem.of(line, "-", TEXT.format("csv.cellCount", record.size(), header.size())));
                    continue;
                }
                each.accept(new CsvRow(line, entry(record, columns)));
                if (++rows % 10_000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(ImportPhase.READING, rows, -1);
                }
            }
            if (!problems.isEmpty()) {
                throw new CsvImportException(problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a String never does I/O
        }
    }

    private static CSVRecord nextOrMalformed(Iterator<CSVRecord> records, CsvText file, long after)
            throws CsvImportException {
        List<ImportProblem> problems = new ArrayList<>();
        CSVRecord first = nextOrMalformed(records, file, after, problems);
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        return first;
    }

    /* The next record, or null at the end; a malformed record ends reading with a problem added. */
    private static CSVRecord nextOrMalformed(Iterator<CSVRecord> records, CsvText file, long after,
                                             List<ImportProblem> problems) throws CsvImportException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException malformed) {
            // The parser cannot go on after a broken quote, so this is the last problem it can find.
            long line = after < 0 ? 1 : file.lineOf(RecordScanner.startOfNextRecord(file.text(), (int) after));
            problems.add(ImportProblem.of(line, "-", TEXT.format("csv.brokenQuote", describe(malformed))));
            throw new CsvImportException(problems);
        }
    }

    /**
     * The index of each known column in a header (of a CSV file or a workbook's first row); throws
     * with every problem of the header: unknown, unnamed, doubled or missing columns.
     */
    static Map<String, Integer> columns(List<String> header, long line) throws CsvImportException {
        Map<String, Integer> columns = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(ImportProblem.of(line, "#" + (i + 1), TEXT.format("csv.noName", i + 1, TEXT.get("csv.headerHint"))));
            } else if (!ResultCsvFormat.COLUMNS.contains(name)) {
                problems.add(ImportProblem.of(line, header.get(i).strip(), TEXT.format("csv.unknownColumn",
                        header.get(i).strip(), TEXT.get("csv.headerHint"))));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.of(line, name, TEXT.format("csv.twice", name)));
            }
        }
        for (String required : ResultCsvFormat.REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(ImportProblem.of(line, required, TEXT.format("csv.missingColumn", required,
                        TEXT.get("csv.headerHint"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        return columns;
    }

    private static RawEntry entry(CSVRecord record, Map<String, Integer> columns) {
        Integer note = columns.get(ResultCsvFormat.NOTE);
        return new RawEntry(
                record.get(columns.get(ResultCsvFormat.DATE)),
                FormulaGuard.restore(record.get(columns.get(ResultCsvFormat.GROUP)).strip()),
                record.get(columns.get(ResultCsvFormat.STAGE)),
                record.get(columns.get(ResultCsvFormat.TESTS)),
                record.get(columns.get(ResultCsvFormat.POSITIVES)),
                note == null ? "" : FormulaGuard.restore(record.get(note).strip()));
    }

    private static boolean allBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) { // by index: the record's iterator copies its values
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(RuntimeException malformed) {
        String message = malformed.getCause() != null ? malformed.getCause().getMessage() : malformed.getMessage();
        return message == null ? TEXT.get("csv.unreadable") : message;
    }
}
