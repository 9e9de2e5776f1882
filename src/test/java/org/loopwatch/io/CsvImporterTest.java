package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.OpenMode;

/** Importing CSV files into a real SQLite database: all or nothing, every bad row reported. */
class CsvImporterTest {

    static final Clock MARCH_1 = Clock.fixed(Instant.parse("2022-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Database database;
    private CsvImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, MARCH_1);
        importer = new CsvImporter(database, MARCH_1);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path file(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = folder.resolve("results.csv");
        Files.write(file, bytes);
        return file;
    }

    private long groupId(String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    private int auditRows() {
        return database.audit().find(AuditFilter.all()).size();
    }

    private List<String> problemsOf(Path file, ImportOptions options) {
        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, options, ImportMonitor.NONE));
        assertThat(failure).as("the import should have failed").isNotNull();
        return failure.problems().stream().map(p -> p.line() + " " + p.column()).toList();
    }

    @Test
    void aFileWithEveryKindOfBadRowImportsNothingAndReportsEachBadRowWithItsLine() throws Exception {
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 8), groupId("Athletes"), Stage.ARRIVAL, 7, 0, ""));
        int auditBefore = auditRows();
        Path file = file("""
                date,group,stage,tests,positives,note
                2022-02-30,Athletes,arrival,10,0,not a real date
                2099-01-01,Athletes,arrival,10,0,in the future
                2022-01-05,Athletes,airport,10,0,unknown stage
                2022-01-05,Curlers,arrival,10,0,unknown group
                2022-01-05,Media,arrival,ten,0,not an integer
                2022-01-05,Media,in_loop,-3,0,negative
                2022-01-06,Media,arrival,5,6,positives above tests
                2022-01-06,Media,in_loop,99999999999,0,beyond range
                2022-01-07,Athletes,arrival,10,1,"a good row, whose note
                spans two lines"
                2022-01-07,athletes,arrival,12,1,same key as line 10
                2022-01-08,Athletes,arrival,10,0,exists in the database
                2022-01-09,Team officials,arrival,3,1,a good row
                """);

        List<String> problems = problemsOf(file, ImportOptions.STRICT);

        assertThat(problems).containsExactly("2 date", "3 date", "4 stage", "5 group", "6 tests", "7 tests",
                "8 positives", "9 tests", "12 -", "13 -");
        assertThat(database.results().count()).isEqualTo(1);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void eachReasonSaysWhatIsWrong() throws Exception {
        Path file = file("""
                date,group,stage,tests,positives
                2022-02-30,Athletes,arrival,10,0
                2022-01-05,Curlers,arrival,10,0
                2022-01-06,Media,arrival,5,6
                2022-01-06,Media,arrival,5,1
                """);

        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE));

        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 2, column date: 2022-02-30 is not a real date. Check the day and the month.",
                "line 3, column group: There is no group called \"Curlers\" (groups: Athletes, Team officials, "
                        + "Operating staff, Media). Correct the name, or import with \"create groups\" "
                        + "(--create-groups) to add it.",
                "line 4, column positives: Positives (6) cannot be more than tests (5). Check both numbers.",
                "line 5, column -: Same date, group and stage as line 4 (2022-01-06, Media, arrival). The file may "
                        + "hold each only once; keep one of the two rows.");
        assertThat(failure.problems().get(1).kind()).isEqualTo(ImportProblem.Kind.UNKNOWN_GROUP);
    }

    @Test
    void aMisspeltGroupNamesTheGroupItWasMeantToBeOnEveryRowAndImportsNothing() throws Exception {
        Path file = file("""
                date,group,stage,tests,positives
                2022-01-05,Atheletes,arrival,10,0
                2022-01-06,Operating  Staf,in_loop,10,0
                2022-01-07,Atheletes,arrival,10,0
                """);

        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE));

        String groups = "(Groups: Athletes, Team officials, Operating staff, Media.) Correct the name, or import with "
                + "\"create groups\" (--create-groups) to add it.";
        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 2, column group: There is no group called \"Atheletes\". Did you mean \"Athletes\"? " + groups,
                "line 3, column group: There is no group called \"Operating  Staf\". Did you mean \"Operating staff\"? " + groups,
                "line 4, column group: There is no group called \"Atheletes\". Did you mean \"Athletes\"? " + groups);
        assertThat(failure.problems()).extracting(ImportProblem::kind).containsOnly(ImportProblem.Kind.MISSPELT_GROUP);
        assertThat(database.results().count()).isZero();
    }

    /** A list of names in a Chinese sentence takes the enumeration comma, not ", ". */
    @Test
    void inChineseTheGroupsAreListedWithTheEnumerationComma() throws Exception {
        Path file = file("date,group,stage,tests,positives\n2022-01-05,Volunteers,arrival,10,0\n");
        org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                    () -> importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE));

            assertThat(failure.problems().getFirst().reason()).contains("Athletes、Team officials、Operating staff、Media")
                    .doesNotContain("Athletes, ");
        } finally {
            org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void missingAndUnknownColumnsAreReportedOnTheHeaderLine() throws Exception {
        Path file = file("date,group,stage,tests,remarks\n2022-01-05,Media,arrival,1,0\n");

        assertThat(problemsOf(file, ImportOptions.STRICT)).containsExactly("1 remarks", "1 positives");
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        assertThat(problemsOf(write(new byte[0]), ImportOptions.STRICT)).containsExactly("1 -");
        assertThat(problemsOf(write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}), ImportOptions.STRICT))
                .containsExactly("1 -");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineOfTheFirstBadByte() throws Exception {
        Path file = write("date,group,stage,tests,positives,note\n2022-01-05,Media,arrival,1,0,Médias\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE));

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).contains("not UTF-8");
        });
        assertThat(database.results().count()).isZero();
    }

    @Test
    void aRowWithTooFewCellsAndABrokenQuoteAreReported() throws Exception {
        Path file = file("""
                date,group,stage,tests,positives,note
                2022-01-05,Media,arrival,1
                2022-01-06,Media,arrival,1,0,"never closed
                """);

        assertThat(problemsOf(file, ImportOptions.STRICT)).containsExactly("2 -", "3 -");
    }

    @Test
    void aHeaderInAnotherOrderWithBomCrlfAndQuotedLineBreaksImports() throws Exception {
        String text = "\uFEFFnote,positives,tests,stage,group,date\r\n"
                + "\"Charter flight, gate 3\r\nsecond line, \"\"quoted\"\"\",39,\"2,415\",arrival,operating staff,2022-01-05\r\n"
                + ",0,171,in_loop,Athletes,2022-01-05\r\n"
                + "\r\n";
        Path file = file(text);

        ImportResult result = importer.importFile(file, ImportOptions.STRICT, ImportMonitor.NONE);

        assertThat(result.inserted()).isEqualTo(2);
        DailyResult staff = database.results().find(new DailyResult(LocalDate.of(2022, 1, 5),
                groupId("Operating staff"), Stage.ARRIVAL, 0, 0, "").key()).orElseThrow();
        assertThat(staff.tests()).isEqualTo(2415);
        assertThat(staff.positives()).isEqualTo(39);
        assertThat(staff.note()).isEqualTo("Charter flight, gate 3\r\nsecond line, \"quoted\"");
    }

    @Test
    void aHeaderWithoutRowsImportsNothingAndSucceeds() throws Exception {
        ImportResult result = importer.importFile(file("date,group,stage,tests,positives,note\n"),
                ImportOptions.STRICT, ImportMonitor.NONE);

        assertThat(result.inserted()).isZero();
    }

    @Test
    void unknownGroupsAreCreatedWhenAsked() throws Exception {
        Path file = file("date,group,stage,tests,positives\n2022-01-05,Volunteers,arrival,4,1\n"
                + "2022-01-06,volunteers,arrival,5,0\n");

        importer.importFile(file, new ImportOptions(false, true), ImportMonitor.NONE);

        assertThat(database.groups().findByName("Volunteers")).isPresent();
        assertThat(database.results().count()).isEqualTo(2);
    }

    @Test
    void aGroupNameWithAControlCharacterIsABadRowEvenWhenGroupsMayBeCreated() throws Exception {
        int auditBefore = auditRows();
        Path file = file("date,group,stage,tests,positives\n"
                + "2022-01-05,Volunteers,arrival,4,1\n"
                + "2022-01-05,\"Volun\tteers\",arrival,4,1\n"
                + "2022-01-06,\"Drivers\nand crew\",arrival,5,0\n"
                + "2022-01-07,Press\u007F,in_loop,5,0\n");

        CsvImportException failure = catchThrowableOfType(CsvImportException.class,
                () -> importer.importFile(file, new ImportOptions(false, true), ImportMonitor.NONE));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 3, column group: A group name cannot hold a tab, a line break or another invisible control "
                        + "character (character 6 is U+0009). Type the name on one line without it.",
                "line 4, column group: A group name cannot hold a tab, a line break or another invisible control "
                        + "character (character 8 is U+000A). Type the name on one line without it.",
                "line 6, column group: A group name cannot hold a tab, a line break or another invisible control "
                        + "character (character 6 is U+007F). Type the name on one line without it.");
        assertThat(failure.problems()).extracting(ImportProblem::kind).doesNotContain(ImportProblem.Kind.UNKNOWN_GROUP);
        assertThat(database.groups().findAll()).hasSize(4);
        assertThat(database.results().count()).isZero();
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void conflictsAreReplacedWhenAskedAndTheImportIsAudited() throws Exception {
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), groupId("Media"), Stage.ARRIVAL, 7, 0, ""));
        int auditBefore = auditRows();
        Path file = file("date,group,stage,tests,positives\n2022-01-05,Media,arrival,9,1\n2022-01-06,Media,arrival,5,0\n");

        assertThat(problemsOf(file, ImportOptions.STRICT)).containsExactly("2 -");
        ImportResult result = importer.importFile(file, new ImportOptions(true, false), ImportMonitor.NONE);

        assertThat(result.replaced()).isEqualTo(1);
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(auditRows()).isEqualTo(auditBefore + 2);
        assertThat(database.audit().find(AuditFilter.all()).getFirst().reason()).isEqualTo("Import of results.csv");
    }

    @Test
    void cancellingWhileWritingLeavesTheDatabaseAsItWas() throws Exception {
        StringBuilder text = new StringBuilder("date,group,stage,tests,positives\n");
        LocalDate day = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < 3_000; i++) {
            text.append(day.plusDays(i)).append(",New group,arrival,10,1\n");
        }
        Path file = file(text.toString());
        int auditBefore = auditRows();
        int groupsBefore = database.groups().findAll().size();
        AtomicBoolean cancelled = new AtomicBoolean();
        ImportMonitor cancelAfterFirstChunk = new ImportMonitor() {
            @Override
            public void progress(ImportPhase phase, long done, long total) {
                if (phase == ImportPhase.WRITING && done > 0) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        assertThatThrownBy(() -> importer.importFile(file, new ImportOptions(false, true), cancelAfterFirstChunk))
                .isInstanceOf(ImportCancelledException.class);

        assertThat(cancelled).isTrue();
        assertThat(database.results().count()).isZero();
        assertThat(database.groups().findAll()).hasSize(groupsBefore);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }
}
