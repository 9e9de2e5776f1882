package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final CommandRun cli = new CommandRun();

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

        assertThat(cli.run("--db", db.toString(), "import", in.toString())).isZero();
        assertThat(cli.stdout()).contains("Imported 2 rows");
        assertThat(cli.run("--db", db.toString(), "export-csv", "--out", exported.toString())).isZero();

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

        assertThat(cli.run("--db", db.toString(), "import", in.toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(cli.stderr()).contains("line 2, column positives: Positives (11) cannot be more than tests (10).")
                .contains("line 3, column -: Same date, group and stage as line 2")
                .contains("line 4, column date: 2022-13-01 is not a real date.")
                .contains("Nothing was changed");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void conflictsExitTwoUnlessReplaceIsGivenAndUnknownGroupsUnlessCreateGroups() throws Exception {
        Path db = folder.resolve("event.db");
        cli.run("--db", db.toString(), "import", csv("a.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,5,0\n").toString());
        Path again = csv("b.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,6,1\n2022-01-05,Drivers,arrival,2,0\n");

        assertThat(cli.run("--db", db.toString(), "import", again.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("line 2, column -: An entry for 2022-01-05, Media, arrival exists already (0 / 5)")
                .contains("line 3, column group: There is no group called \"Drivers\"");
        assertThat(cli.run("--db", db.toString(), "import", again.toString(), "--replace", "--create-groups")).isZero();

        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            assertThat(database.results().count()).isEqualTo(2);
            assertThat(database.groups().findByName("Drivers")).isPresent();
        }
    }

    @Test
    void exportCsvOnAPathWithNoDatabaseExitsThreeAndBadArgumentsExitTwo() throws Exception {
        Path missing = folder.resolve("typo.db");
        Path target = folder.resolve("out.csv");

        assertThat(cli.run("--db", missing.toString(), "export-csv", "--out", target.toString()))
                .isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(Files.exists(missing)).isFalse();
        assertThat(Files.exists(target)).isFalse();

        cli.run("--db", missing.toString(), "init");
        assertThat(cli.run("--db", missing.toString(), "export-csv")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--out");
        assertThat(cli.run("--db", missing.toString(), "export-csv", "--out", target.toString(), "--from", "2022-02-30"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", missing.toString(), "import")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", missing.toString(), "import", folder.resolve("nothing.csv").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", missing.toString(), "import", target.toString(), "--overwrite"))
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theCommittedDemoCsvImportsIntoANewDatabase() {
        Path db = folder.resolve("demo.db");

        assertThat(cli.run("--db", db.toString(), "import", "assets/demo/beijing-2022-demo.csv", "--create-groups")).isZero();

        assertThat(cli.stdout()).contains("Imported 192 rows")
                .contains("Athletes and team officials", "Other stakeholders");
    }

    @Test
    void aDryRunShowsNewIdenticalChangedAndBadRowsWithWarningsGroupedAndWritesNothing() throws Exception {
        Path db = folder.resolve("event.db");
        cli.run("--db", db.toString(), "import", csv("a.csv", """
                date,group,stage,tests,positives
                2022-01-05,Media,arrival,5,0
                2022-01-05,Media,in_loop,9,0
                """).toString());
        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            database.event().save(new org.loopwatch.store.Event("Games", java.time.LocalDate.of(2022, 1, 4),
                    java.util.Optional.empty()));
        }
        StringBuilder text = new StringBuilder("date,group,stage,tests,positives\n");
        text.append("2022-01-05,Media,arrival,5,0\n");   // identical: no conflict
        text.append("2022-01-05,Media,in_loop,10,0\n");  // changed
        for (int day = 1; day <= 3; day++) {              // new, and before the loop start
            text.append("2021-12-0").append(day).append(",Athletes,arrival,4,0\n");
        }
        Path file = csv("b.csv", text.toString());
        long before;
        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            before = database.audit().find(org.loopwatch.store.AuditFilter.all()).size();
        }

        assertThat(cli.run("--db", db.toString(), "import", "--dry-run", "--replace", file.toString())).isZero();

        String shown = cli.stdout();
        assertThat(shown).contains("3 new, 1 identical (nothing to write), 1 changed, 0 bad")
                .contains("Dry run: nothing was written");
        assertThat(shown.lines().filter(line -> line.contains("before the loop start"))).singleElement()
                .asString().contains("3 × (first on line 4)");
        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            assertThat(database.results().count()).isEqualTo(2);
            assertThat(database.audit().find(org.loopwatch.store.AuditFilter.all())).hasSize((int) before);
        }
        assertThat(cli.run("--db", db.toString(), "import", "--dry-run", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stdout()).contains("1 changed, 0 bad").contains("exists already");
    }

    @Test
    void importingTheSameFileTwiceIsNoConflict() throws Exception {
        Path db = folder.resolve("event.db");
        Path file = csv("a.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,5,0\n");
        assertThat(cli.run("--db", db.toString(), "import", file.toString())).isZero();

        assertThat(cli.run("--db", db.toString(), "import", file.toString())).isZero();

        assertThat(cli.stdout()).contains("0 new, 0 replaced");
    }

    @Test
    void importRefusesToCreateAGroupWhoseNameHoldsATabNamingTheLineAndChangesNothing() throws Exception {
        Path db = folder.resolve("event.db");
        Path file = csv("a.csv", "date,group,stage,tests,positives\n2022-01-05,Media,arrival,5,0\n"
                + "2022-01-05,\"Volun\tteers\",arrival,4,1\n");
        assertThat(cli.run("--db", db.toString(), "init")).isZero();

        assertThat(cli.run("--db", db.toString(), "import", file.toString(), "--create-groups"))
                .isEqualTo(ExitCode.BAD_INPUT);

        assertThat(cli.stderr()).contains("line 3, column group:").contains("U+0009");
        try (Database database = Database.open(db, OpenMode.MUST_EXIST)) {
            assertThat(database.groups().findAll()).hasSize(4);
            assertThat(database.results().count()).isZero();
        }
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : java.util.List.of("init", "import", "export-csv", "summary", "export", "export chart",
                "export briefing", "copy", "team", "team init")) {
            String[] words = (command + " --help").split(" ");
            assertThat(cli.run(words)).as(command + " --help").isZero();
            assertThat(cli.stdout()).as(command + " --help").contains("Usage");
        }
    }

    @Test
    void aLongGroupNameKeepsTheSummaryTableInLine() throws Exception {
        Path db = folder.resolve("event.db");
        String longName = "Operating staff and contractors (Zhangjiakou cluster)";
        assertThat(cli.run("--db", db.toString(), "import", "--create-groups", csv("a.csv",
                "date,group,stage,tests,positives\n2022-01-05,Media,arrival,5,0\n2022-01-05,\"" + longName
                        + "\",arrival,1234,3\n").toString())).isZero();

        assertThat(cli.run("--db", db.toString(), "summary")).isZero();

        // The table's rows: from its header to the first line that is not a row (the notes under it).
        java.util.List<String> printed = cli.stdout().lines().toList();
        int header = printed.indexOf(printed.stream().filter(line -> line.toLowerCase(java.util.Locale.ROOT)
                .startsWith("group ")).findFirst().orElseThrow());
        java.util.List<String> rows = printed.subList(header + 1, printed.size()).stream()
                .takeWhile(line -> !line.isBlank() && !line.startsWith(" ") && !line.endsWith(":")).toList();
        assertThat(rows).as(String.join("\n", printed)).hasSize(6 * 3); // four default groups, the new one, all groups
        int stageColumn = longName.length() + 1;
        assertThat(printed.subList(header, header + 1 + rows.size())).as(String.join("\n", printed))
                .allSatisfy(line -> {
                    assertThat(line.charAt(stageColumn - 1)).isEqualTo(' ');
                    assertThat(line.charAt(stageColumn)).isNotEqualTo(' ');
                });
    }
}
