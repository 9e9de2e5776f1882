package org.loopwatch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.loopwatch.store.DurableFiles;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ExportTable;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryRow;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.Database;
import org.loopwatch.store.DateRange;

/**
 * Writes a real workbook (SPEC §5, decision 0019): a sheet per table, each with a frozen header
 * row; dates are date cells, counts and rates are numbers. The sheet "Entries" has the import
 * columns in the CSV export's order, so it imports back unchanged (text is written as text
 * cells, which no spreadsheet runs as a formula, so no guard is needed); "Summary" has the
 * summary of every group and all groups in each stage and both, as {@code summary --json} has it,
 * with the interval method and level the database's settings choose (as the charts and the
 * briefing use them; each row names both, so a reader never guesses; rates as fractions formatted
 * as per cent); then any further tables the caller
 * brings ({@link ExportTable}): the charts' data, which {@code report.ChartDataTables} takes from the
 * chart model itself, so that the workbook and the chart never compute a figure twice.
 */
public final class XlsxExporter {

    private static final Texts TEXT = Texts.of(XlsxExporter.class);
    static final String ENTRIES = "Entries";
    static final String SUMMARY = "Summary";

    private XlsxExporter() {
    }

    /**
     * Exports the rows between {@code from} and {@code to} (each open when empty) and their summary
     * to {@code out}, then {@code more} tables, a sheet each in their order; {@code out} is replaced
     * only once the whole workbook is written.
     *
     * @return the number of entries written
     */
    public static int export(Database database, Optional<LocalDate> from, Optional<LocalDate> to, Path out,
                             List<ExportTable> more) throws IOException {
        List<DailyResult> rows = from.isEmpty() && to.isEmpty() ? database.results().findAll()
                : database.results().findBetween(from.orElse(LocalDate.of(1, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
        List<Group> groups = database.groups().findAll();
        Optional<DateRange> range = database.results().dateRange();
        LocalDate last = to.or(() -> range.map(DateRange::last)).orElse(LocalDate.MIN);
        // With no rows and only --to, the period is that one day: starting at LocalDate.MIN made the
        // summary's alert check walk a billion years day by day (the command never ended).
        LocalDate first = from.or(() -> range.map(DateRange::first)).orElse(last);
        IntervalMethod method = database.settings().intervalMethod();
        ConfidenceLevel level = database.settings().confidenceLevel();
        List<SummaryRow> summary = SummaryCalculator.summarize(rows, groups, first, last, method, level);
        DurableFiles.writeWhole(out, temporary -> {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                Workbook workbook = new Workbook(stream, "LoopWatch", null);
                writeEntries(workbook.newWorksheet(ENTRIES), rows, groups);
                writeSummary(workbook.newWorksheet(SUMMARY), summary, method, level);
                for (ExportTable table : more) {
                    writeTable(workbook.newWorksheet(table.name()), table);
                }
                workbook.finish();
            }
        });
        return rows.size();
    }

    private static void writeEntries(Worksheet sheet, List<DailyResult> rows, List<Group> groups) throws IOException {
        Map<Long, String> names = new HashMap<>();
        groups.forEach(group -> names.put(group.id(), group.name()));
        header(sheet, ResultCsvFormat.COLUMNS);
        int r = 1;
        for (DailyResult row : rows.stream().sorted(CsvExporter.exportOrder(names)).toList()) {
            sheet.value(r, 0, row.date());
            sheet.style(r, 0).format("yyyy-mm-dd").set();
            sheet.value(r, 1, names.get(row.groupId()));
            sheet.value(r, 2, row.stage().code());
            sheet.value(r, 3, row.tests());
            sheet.value(r, 4, row.positives());
            if (!row.note().isEmpty()) {
                sheet.value(r, 5, row.note());
            }
            if (r++ % 10_000 == 0) {
                sheet.flush();
            }
        }
        sheet.width(0, 12);
        sheet.width(1, 20);
    }

    private static void writeSummary(Worksheet sheet, List<SummaryRow> rows, IntervalMethod method,
                                     ConfidenceLevel level) {
        header(sheet, List.of("group", "stage", "tests", "positives", "positivity", "ci_low", "ci_high", "method",
                "level"));
        int r = 1;
        for (SummaryRow row : rows) {
            sheet.value(r, 0, row.group().equals(SummaryCalculator.ALL_GROUPS) ? TEXT.get("xlsx.allGroups") : row.group());
            sheet.value(r, 1, row.stage());
            sheet.value(r, 2, row.counts().tests());
            sheet.value(r, 3, row.counts().positives());
            if (row.estimate().positivity().isPresent()) {
                sheet.value(r, 4, row.estimate().positivity().getAsDouble());
            }
            if (row.estimate().interval().isPresent()) {
                sheet.value(r, 5, row.estimate().interval().get().lower());
                sheet.value(r, 6, row.estimate().interval().get().upper());
            }
            for (int c = 4; c <= 6; c++) {
                sheet.style(r, c).format("0.000%").set();
            }
            sheet.value(r, 7, method.code());
            sheet.value(r, 8, level.value());
            r++;
        }
        sheet.width(0, 24);
    }

    private static void writeTable(Worksheet sheet, ExportTable table) {
        header(sheet, table.columns().stream().map(ExportTable.Column::name).toList());
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c) instanceof Optional<?> optional ? optional.orElse(null) : row.get(c);
                if (value != null) {
                    cell(sheet, r, c, value, table.columns().get(c).format());
                }
            }
            r++;
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Object value, ExportTable.Format format) {
        switch (value) {
            case LocalDate date -> sheet.value(r, c, date);
            case Number number -> sheet.value(r, c, number);
            case Boolean yes -> sheet.value(r, c, yes);
            default -> sheet.value(r, c, value.toString());
        }
        switch (format) {
            case DATE -> sheet.style(r, c).format("yyyy-mm-dd").set();
            case RATE -> sheet.style(r, c).format("0.000%").set();
            case PLAIN -> {
            }
        }
    }

    private static void header(Worksheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(0, c, names.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }
}
