package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.loopwatch.io.HandMadeWorkbook.row;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.OpenMode;

/**
 * Importing .xlsx workbooks into a real SQLite database (SPEC §5): the CSV rules, problems named by
 * their cell, formulas by their saved results, and encrypted, damaged or huge workbooks handled.
 */
class XlsxImporterTest {

    private static final String[] HEADER = row("s:date", "s:group", "s:stage", "s:tests", "s:positives", "s:note");

    @TempDir
    Path folder;

    private Database database;
    private CsvImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, CsvImporterTest.MARCH_1);
        importer = new CsvImporter(database, CsvImporterTest.MARCH_1);
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 3), groupId("Media"), Stage.ARRIVAL, 9, 1, "kept"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long groupId(String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    private int auditRows() {
        return database.audit().find(AuditFilter.all()).size();
    }

    private List<DailyResult> stored() {
        return database.results().findAll();
    }

    private List<ImportProblem> problemsOf(Path file) {
        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE));
        assertThat(failure).as("the import should have failed").isNotNull();
        return failure.problems();
    }

    @Test
    void dateCellsIsoTextAndNumberCellsImportAsTheSameCsvWould() throws Exception {
        Path workbook = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-04", "s:Athletes", "s:arrival", "n:171", "n:0", "s:first day"),
                row("s:2022-01-05", "s:operating staff", "s:in_loop", "n:2415", "n:39", ""),
                row("d:2022-01-05", "s:Media", "s:arrival", "n:12.0", "n:1", "s:=not a formula")
        ).write(folder.resolve("results.xlsx"));
        Path csv = folder.resolve("results.csv");
        Files.writeString(csv, """
                date,group,stage,tests,positives,note
                2022-01-04,Athletes,arrival,171,0,first day
                2022-01-05,operating staff,in_loop,2415,39,
                2022-01-05,Media,arrival,12,1,'=not a formula
                """);

        ImportPlan fromWorkbook = importer.check(workbook, ImportOptions.STRICT, ImportMonitor.NONE);
        ImportPlan fromCsv = importer.check(csv, ImportOptions.STRICT, ImportMonitor.NONE);

        assertThat(fromWorkbook.rows()).isEqualTo(fromCsv.rows()).hasSize(3);
        assertThat(fromWorkbook.rows().get(2).note()).isEqualTo("=not a formula");
        ImportResult result = importer.write(fromWorkbook, ImportMonitor.NONE);
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(stored()).hasSize(4);
    }

    @Test
    void everyBadCellIsNamedByItsSheetAndCellAndNothingIsImported() throws Exception {
        int auditBefore = auditRows();
        Path workbook = new HandMadeWorkbook().sheet("Daily results",
                row("s:group", "s:date", "s:stage", "s:tests", "s:positives"),
                row("s:Athletes", "d:2022-01-04", "s:arrival", "n:10", "n:0"),
                row("s:Athletes", "d:2022-01-05", "s:arrival", "n:10", "n:11"),
                row("s:Athletes", "d:2022-01-06", "s:airport", "n:10", "n:1"),
                row("s:Athletes", "n:44567", "s:arrival", "n:10", "n:1"),
                row("s:Media", "d:2022-01-03", "s:arrival", "n:5", "n:0"),
                row("s:Athletes", "d:2022-01-04", "s:arrival", "n:3", "n:0")
        ).write(folder.resolve("bad.xlsx"));

        List<ImportProblem> problems = problemsOf(workbook);

        assertThat(problems).extracting(ImportProblem::cell).containsExactly(
                "'Daily results'!E3", "'Daily results'!C4", "'Daily results'!B5", "'Daily results'!6:6",
                "'Daily results'!7:7");
        assertThat(problems.get(0).toString()).startsWith("'Daily results'!E3 (column positives): Positives (11)");
        assertThat(problems.get(2).reason()).contains("44567").contains("not a date cell");
        assertThat(problems.get(3).reason()).contains("exists already");
        assertThat(problems.get(4).reason()).contains("Same date, group and stage as line 2");
        assertThat(stored()).hasSize(1);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void formulaCellsAreReadByTheirSavedResultsAndTheWarningsSayWhichCellsWereFormulas() throws Exception {
        Path workbook = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-04", "s:Athletes", "s:arrival", "n:171", "n:0", ""),
                row("fd:A2+1=2022-01-05", "s:Athletes", "s:arrival", "f:D2-1=170", "f:SUM(E2:E2)=0",
                        "f:CONCAT(\"by \",\"lab\")=by lab")
        ).write(folder.resolve("formulas.xlsx"));

        ImportPlan plan = importer.check(workbook, ImportOptions.STRICT, ImportMonitor.NONE);

        assertThat(plan.rows()).extracting(DailyResult::date, DailyResult::tests, DailyResult::note).contains(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 5), 170L, "by lab"));
        assertThat(plan.warnings()).hasSize(1);
        ImportProblem formulas = plan.warnings().getFirst();
        assertThat(formulas.reason()).startsWith("4 cells hold formulas (Sheet1!A3, Sheet1!D3, Sheet1!E3, Sheet1!F3)");
        assertThat(formulas.cell()).isEqualTo("Sheet1!A3");
    }

    @Test
    void aFormulaWithoutASavedResultOrShowingAnErrorIsRefusedAtItsCell() throws Exception {
        int auditBefore = auditRows();
        Path workbook = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-04", "s:Athletes", "s:arrival", "f:B9*2", "n:0", ""),
                row("d:2022-01-05", "s:Athletes", "s:arrival", "n:10", "e:#DIV/0!", "")
        ).write(folder.resolve("unsaved.xlsx"));

        List<ImportProblem> problems = problemsOf(workbook);

        assertThat(problems).extracting(ImportProblem::cell).containsExactly("Sheet1!D2", "Sheet1!E3");
        assertThat(problems.get(0).reason()).contains("=B9*2").contains("no saved result");
        assertThat(problems.get(1).reason()).contains("#DIV/0!");
        assertThat(stored()).hasSize(1);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedSayingSoAndHowToRemoveThePassword() throws Exception {
        Path workbook = folder.resolve("protected.xlsx");
        try (InputStream fixture = getClass().getResourceAsStream("password-protected.xlsx")) {
            Files.copy(fixture, workbook);
        }
        int auditBefore = auditRows();

        List<ImportProblem> problems = problemsOf(workbook);

        assertThat(problems).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("protected.xlsx is protected with a password").contains("remove the password");
        assertThat(stored()).hasSize(1);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void damagedAndFakeWorkbooksAreRefusedClearlyAndChangeNothing() throws Exception {
        Path good = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-04", "s:Athletes", "s:arrival", "n:171", "n:0", "")).write(folder.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(folder.resolve("text.xlsx"), "date,group,stage,tests,positives\n");
        Path empty = new HandMadeWorkbook().sheet("Sheet1").write(folder.resolve("empty.xlsx"));
        int auditBefore = auditRows();

        assertThat(problemsOf(cut)).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("cut.xlsx cannot be read as an Excel workbook (").contains("damaged");
        assertThat(problemsOf(text)).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("text.xlsx is not an Excel workbook");
        assertThat(problemsOf(empty)).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("Sheet Sheet1 is empty.");
        assertThat(stored()).hasSize(1);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneIsRefusedListingTheSheets() throws Exception {
        Path workbook = new HandMadeWorkbook()
                .sheet("Notes", row("s:nothing to import here"))
                .sheet("Results", HEADER, row("d:2022-01-04", "s:Athletes", "s:arrival", "n:171", "n:0", ""))
                .write(folder.resolve("two-sheets.xlsx"));

        ImportPlan plan = importer.check(workbook, "results", ImportOptions.STRICT, ImportMonitor.NONE);
        CsvImportException missing = catchThrowableOfType(CsvImportException.class,
                () -> importer.check(workbook, "Tuesday", ImportOptions.STRICT, ImportMonitor.NONE));

        assertThat(plan.rows()).hasSize(1);
        assertThat(missing.problems().getFirst().reason()).contains("\"Tuesday\"").contains("Notes, Results");
    }

    @Test
    void thePreviewOfAWorkbookCountsItsRowsNamesBadCellsAndSaysWhichCellsWereFormulas() throws Exception {
        Path good = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-03", "s:Media", "s:arrival", "n:9", "n:1", "s:kept"),
                row("d:2022-01-04", "s:Athletes", "s:arrival", "f:170+1=171", "n:0", "")
        ).write(folder.resolve("good.xlsx"));
        Path bad = new HandMadeWorkbook().sheet("Sheet1", HEADER,
                row("d:2022-01-04", "s:Athletes", "s:arrival", "f:B9*2", "n:0", ""),
                row("d:2022-01-05", "s:Athletes", "s:arrival", "n:10", "n:11", "")
        ).write(folder.resolve("bad.xlsx"));

        ImportPreview ready = importer.preview(good, ImportOptions.STRICT, ImportMonitor.NONE);
        ImportPreview refused = importer.preview(bad, ImportOptions.STRICT, ImportMonitor.NONE);

        assertThat(ready.canImport()).isTrue();
        assertThat(ready.newRows()).isEqualTo(1);
        assertThat(ready.identical()).isEqualTo(1);
        assertThat(ready.warnings()).extracting(ImportPreview.Group::example).anyMatch(w -> w.contains("Sheet1!D3"));
        assertThat(refused.canImport()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::cell).containsExactly("Sheet1!D2", "Sheet1!E3");
        assertThat(stored()).hasSize(1);
    }

    /** Results of 50 desks over 2,000 days, a row each; the last row's positives exceed its tests when {@code lastBad}. */
    private Path hugeWorkbook(String name, int rows, boolean lastBad) throws Exception {
        Path workbook = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "LoopWatch test", "1.0");
            Worksheet sheet = book.newWorksheet("Results");
            String[] header = {"date", "group", "stage", "tests", "positives"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                int r = i + 1;
                sheet.value(r, 0, LocalDate.of(2019, 1, 1).plusDays(i / 100));
                sheet.style(r, 0).format("yyyy-mm-dd").set();
                sheet.value(r, 1, "Desk " + (i % 50));
                sheet.value(r, 2, i % 100 < 50 ? "arrival" : "in_loop");
                sheet.value(r, 3, 100 + i % 900);
                sheet.value(r, 4, lastBad && i == rows - 1 ? 5_000 : i % 7);
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            book.finish();
        }
        return workbook;
    }

    @Test
    @Tag("slow")
    void aWorkbookOfOneHundredThousandRowsWithOneBadLastCellIsRefusedAtItAndChangesNothing() throws Exception {
        int auditBefore = auditRows();
        int groupsBefore = database.groups().findAll().size();
        Path workbook = hugeWorkbook("huge-bad.xlsx", 100_000, true);

        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(workbook, new ImportOptions(false, true), ImportMonitor.NONE));

        assertThat(failure).as("the import should have failed").isNotNull();
        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("Results!E100001");
            assertThat(problem.reason()).contains("Positives (5,000) cannot be more than tests (199)");
        });
        assertThat(stored()).hasSize(1);
        assertThat(database.groups().findAll()).hasSize(groupsBefore);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    @Tag("slow")
    void aWorkbookOfOneHundredThousandRowsImportsWhole() throws Exception {
        int rows = 100_000;
        Path workbook = hugeWorkbook("huge.xlsx", rows, false);

        ImportResult result = importer.importFile(workbook, new ImportOptions(false, true), ImportMonitor.NONE);

        assertThat(result.inserted()).isEqualTo(rows);
        assertThat(stored()).hasSize(rows + 1);
        assertThat(database.results().findBetween(LocalDate.of(2019, 1, 1).plusDays(999), LocalDate.of(2019, 1, 1).plusDays(999)))
                .hasSize(100).allMatch(row -> row.tests() >= 100 && row.positives() < 7);
    }
}
