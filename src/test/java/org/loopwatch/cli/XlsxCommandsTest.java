package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE.xlsx [--sheet NAME]} as scripts use it: exit codes, cell references on stderr. */
class XlsxCommandsTest {

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    private Path workbook(String name, String sheetName, long positives) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream stream = Files.newOutputStream(file)) {
            Workbook book = new Workbook(stream, "LoopWatch test", "1.0");
            Worksheet sheet = book.newWorksheet(sheetName);
            String[] header = {"date", "group", "stage", "tests", "positives"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, LocalDate.of(2022, 1, 5));
            sheet.style(1, 0).format("yyyy-mm-dd").set();
            sheet.value(1, 1, "Athletes");
            sheet.value(1, 2, "arrival");
            sheet.value(1, 3, 171);
            sheet.value(1, 4, positives);
            book.finish();
        }
        return file;
    }

    @Test
    void importReadsAWorkbookAndABadOneExitsTwoNamingTheCell() throws Exception {
        Path db = folder.resolve("event.db");
        Path good = workbook("good.xlsx", "Results", 0);
        Path bad = workbook("bad.xlsx", "Sheet1", 172);

        assertThat(cli.run("--db", db.toString(), "import", good.toString(), "--sheet", "Results")).isZero();
        assertThat(cli.stdout()).contains("Imported 1 row");
        assertThat(cli.run("--db", db.toString(), "import", bad.toString(), "--replace")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr())
                .contains("Sheet1!E2 (column positives): Positives (172) cannot be more than tests (171).")
                .contains("Nothing was changed");
    }

    @Test
    void exportXlsxWritesEntriesAndSummaryAsRealCellsWithFrozenHeadersThatImportBack() throws Exception {
        Path db = folder.resolve("event.db");
        Path copy = folder.resolve("copy.db");
        Path out = folder.resolve("out.xlsx");
        cli.run("--db", db.toString(), "import", workbook("in.xlsx", "Sheet1", 3).toString());

        assertThat(cli.run("--db", db.toString(), "export-xlsx", "--out", out.toString())).isZero();

        try (java.io.InputStream in = Files.newInputStream(out);
             org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(in,
                     new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("Entries", "Summary",
                    "Rolling 7-day positivity", "Cumulative positivity");
            org.dhatim.fastexcel.reader.Row entry = book.getFirstSheet().read().get(1);
            assertThat(entry.getCell(0).asDate().toLocalDate()).isEqualTo(LocalDate.of(2022, 1, 5));
            assertThat(entry.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(entry.getCell(3).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            List<org.dhatim.fastexcel.reader.Row> summary = book.getSheet(1).orElseThrow().read();
            assertThat(summary.get(1).getCellText(0)).isEqualTo("Athletes");
            assertThat(summary.get(1).getCell(4).asNumber().doubleValue()).isCloseTo(3 / 171.0, within(1e-12));
            List<org.dhatim.fastexcel.reader.Row> cumulative = book.getSheet(3).orElseThrow().read();
            assertThat(cumulative.get(1).getCellText(1)).isEqualTo("Athletes");
            assertThat(cumulative.get(1).getCell(3).asNumber().longValue()).isEqualTo(171);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                    "xl/worksheets/sheet4.xml")) {
                String xml = new String(zip.getInputStream(zip.getEntry(sheet)).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).as(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
            }
        }
        assertThat(cli.run("--db", copy.toString(), "import", out.toString())).isZero();
        assertThat(cli.stdout()).contains("Imported 1 row");
    }

    @Test
    void theSummarySheetUsesTheDatabasesIntervalMethodAndLevelAndNamesThem() throws Exception {
        Path db = folder.resolve("event.db");
        Path out = folder.resolve("out.xlsx");
        cli.run("--db", db.toString(), "import", workbook("in.xlsx", "Sheet1", 3).toString());
        try (org.loopwatch.store.Database database = org.loopwatch.store.Database.open(db,
                org.loopwatch.store.OpenMode.MUST_EXIST)) {
            database.settings().setIntervalMethod(org.loopwatch.domain.IntervalMethod.JEFFREYS);
            database.settings().setConfidenceLevel(org.loopwatch.domain.ConfidenceLevel.NINETY);
        }

        assertThat(cli.run("--db", db.toString(), "export-xlsx", "--out", out.toString())).isZero();

        // The reference interval from Commons Statistics itself, not from LoopWatch's domain.
        org.apache.commons.statistics.interval.Interval jeffreys90 =
                org.apache.commons.statistics.interval.BinomialConfidenceInterval.JEFFREYS.fromErrorRate(171, 3, 0.10);
        try (java.io.InputStream in = Files.newInputStream(out);
             org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(in,
                     new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<org.dhatim.fastexcel.reader.Row> summary = book.getSheet(1).orElseThrow().read();
            assertThat(summary.get(0).getCellText(7)).isEqualTo("method");
            assertThat(summary.get(0).getCellText(8)).isEqualTo("level");
            org.dhatim.fastexcel.reader.Row athletes = summary.get(1);
            assertThat(athletes.getCellText(0)).isEqualTo("Athletes");
            assertThat(athletes.getCell(5).asNumber().doubleValue()).isCloseTo(jeffreys90.getLowerBound(), within(1e-12));
            assertThat(athletes.getCell(6).asNumber().doubleValue()).isCloseTo(jeffreys90.getUpperBound(), within(1e-12));
            assertThat(athletes.getCellText(7)).isEqualTo("jeffreys");
            assertThat(athletes.getCell(8).asNumber().doubleValue()).isEqualTo(0.90);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // it never ended: the summary walked from LocalDate.MIN day by day
    void exportXlsxWithOnlyAnEndDateOnAnEmptyDatabaseWritesAnEmptyWorkbook() throws Exception {
        Path db = folder.resolve("empty.db");
        Path out = folder.resolve("empty.xlsx");
        assertThat(cli.run("--db", db.toString(), "init")).isZero();

        assertThat(cli.run("--db", db.toString(), "export-xlsx", "--to", "2022-02-01", "--out", out.toString())).isZero();

        try (java.io.InputStream in = Files.newInputStream(out);
             org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(in,
                     new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            assertThat(book.getFirstSheet().read()).hasSize(1); // the header only
        }
    }

    @Test
    void importHelpNamesTheSheetOption() {
        assertThat(cli.run("import", "--help")).isZero();
        assertThat(cli.stdout()).contains("FILE.csv|FILE.xlsx").contains("--sheet");
    }
}
