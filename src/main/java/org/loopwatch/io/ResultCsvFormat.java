package org.loopwatch.io;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV format of daily results, shared by import and export (SPEC §6): UTF-8, comma-separated,
 * RFC 4180 quoting, a header naming the columns {@code date,group,stage,tests,positives} and an
 * optional {@code note}, in any order. Export writes the columns in {@link #COLUMNS} order with
 * CRLF line ends and no BOM.
 */
public final class ResultCsvFormat {

    public static final String DATE = "date";
    public static final String GROUP = "group";
    public static final String STAGE = "stage";
    public static final String TESTS = "tests";
    public static final String POSITIVES = "positives";
    public static final String NOTE = "note";

    /** Every column, in the order export writes them. */
    public static final List<String> COLUMNS = List.of(DATE, GROUP, STAGE, TESTS, POSITIVES, NOTE);
    /** The columns a file must have. */
    public static final List<String> REQUIRED = List.of(DATE, GROUP, STAGE, TESTS, POSITIVES);

    /** How records are split: blank lines are skipped, a header is read by the importer itself. */
    static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .get();

    /** How records are written: quotes only where needed, CRLF record ends (RFC 4180). */
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private ResultCsvFormat() {
    }
}
