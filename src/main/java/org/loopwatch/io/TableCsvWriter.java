package org.loopwatch.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.loopwatch.store.DurableFiles;

/**
 * Writes a table a screen shows (e.g. the audit log) to a CSV file: UTF-8, RFC 4180, a header
 * line, cells a spreadsheet would run as a formula neutralised ({@link FormulaGuard}). The file
 * appears whole or not at all: it is written beside the target and moved into place.
 */
public final class TableCsvWriter {

    private TableCsvWriter() {
    }

    /** @return the number of rows written, header not counted */
    public static int write(List<String> header, List<List<String>> rows, Path out) throws IOException {
        DurableFiles.writeWhole(out, temporary -> {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(cell -> cell == null ? "" : FormulaGuard.neutralise(cell)).toList());
                }
            }
        });
        return rows.size();
    }
}
