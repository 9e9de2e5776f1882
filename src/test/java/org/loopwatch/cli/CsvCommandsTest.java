package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** {@code import} and {@code export-csv} as scripts use them: exit codes, stderr, files. */
class CsvCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path csv(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importCreatesTheDatabaseAndExportCsvWritesTheSameRowsBack() throws Exception {
        Path db = folder.resolve("sub").resolve("event.db");
        Path in = csv("in.csv", "date,group,stage,tests,positives,note\r\n"
                + "2022-01-05,Athletes,arrival,171,0,\r\n2022-01-05,Media,in_loop,300,1,\"night shift, bus 4\"\r\n");
        Path exported = folder.resolve("out.csv");

        assertThat(run("--db", db.toString(), "import", in.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 2 rows");
        assertThat(run("--db", db.toString(), "export-csv", "--out", exported.toString())).isZero();

        assertThat(Files.readString(exported)).isEqualTo(Files.readString(in));
    }

    @Test
    void aBadFileExitsTwoListsEveryBadRowAndLeavesNoNewDatabase() throws Exception {
        Path db = folder.resolve("new.db");
        Path in = csv("bad.csv", """
                date,group,stage,tests,positives
                2022-01-05,Athletes,arrival,10,11
                2022-01-05,Athletes,arrival,10,0
                2022-13-01,Media,arrival,1,0
                """);

        assertThat(run("--db", db.toString(), "import", in.toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(stderr()).contains("line 2, column positives: Positives (11) cannot be more than tests (10).")
                .contains("line 3, column -: Same date, group and stage as line 2")
                .contains("line 4, column date: 2022-13-01 is not a real date.")
                .contains("Nothing was changed");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void conflictsExitTwoUnlessReplaceIsGivenAndUnknownGroupsUnlessCreateGroups() throws Exception {
        Path db = folder.resolve("event.db");
        run("--db", db.toString(), "import", csv("a.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,5,0\n").toString());
        Path again = csv("b.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,6,1\n2022-01-05,Drivers,arrival,2,0\n");

        assertThat(run("--db", db.toString(), "import", again.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("line 2, column -: An entry for 2022-01-05, Media, arrival exists already (0 / 5)")
                .contains("line 3, column group: There is no group called \"Drivers\"");
        assertThat(run("--db", db.toString(), "import", again.toString(), "--replace", "--create-groups")).isZero();

        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            assertThat(database.results().count()).isEqualTo(2);
            assertThat(database.groups().findByName("Drivers")).isPresent();
        }
    }

    @Test
    void exportCsvOnAPathWithNoDatabaseExitsThreeAndBadArgumentsExitTwo() throws Exception {
        Path missing = folder.resolve("typo.db");
        Path target = folder.resolve("out.csv");

        assertThat(run("--db", missing.toString(), "export-csv", "--out", target.toString()))
                .isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(Files.exists(missing)).isFalse();
        assertThat(Files.exists(target)).isFalse();

        run("--db", missing.toString(), "init");
        assertThat(run("--db", missing.toString(), "export-csv")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("--out");
        assertThat(run("--db", missing.toString(), "export-csv", "--out", target.toString(), "--from", "2022-02-30"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--db", missing.toString(), "import")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--db", missing.toString(), "import", folder.resolve("nothing.csv").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--db", missing.toString(), "import", target.toString(), "--overwrite"))
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theCommittedDemoCsvImportsIntoANewDatabase() {
        Path db = folder.resolve("demo.db");

        assertThat(run("--db", db.toString(), "import", "assets/demo/beijing-2022-demo.csv", "--create-groups")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 192 rows")
                .contains("Athletes and team officials", "Other stakeholders");
    }
}
