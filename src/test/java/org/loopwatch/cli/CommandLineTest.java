package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.ChildLoopWatch;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of SPEC §7, run in-process against real database files. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    @AfterEach
    void backToEnglish() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void versionPrintsTheAppVersion() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.stdout()).startsWith("LoopWatch ");
    }

    @Test
    void helpListsEveryCommandOfTheContract() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.stdout()).contains("init", "import FILE.csv", "export-csv", "summary", "export chart",
                "export briefing", "--db PATH");
    }

    @Test
    void everyCommandExplainsItselfWithHelpAndExitsZero() {
        for (String command : List.of("init", "import", "export-csv", "summary", "export", "export chart",
                "export briefing")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");

            assertThat(cli.run(args.toArray(String[]::new))).as(command).isZero();
            assertThat(cli.stdout()).as(command).startsWith("Usage: loopwatch " + command).contains("Options:");
            assertThat(cli.stderr()).as(command).isEmpty();
        }
        assertThat(cli.run("summary", "--help")).isZero();
        assertThat(cli.stdout()).contains("--method wilson|clopper-pearson|jeffreys", "Confidence level");
    }

    @Test
    void helpAndMessagesFollowTheChosenLanguage() {
        assertThat(cli.run("--lang", "zh-CN", "--help")).isZero();
        assertThat(cli.stdout()).startsWith("用法：loopwatch").contains("命令：", "export briefing --out FILE.pdf");

        assertThat(cli.run("--lang", "zh-CN", "summary", "--method", "wald")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("应为 wilson、clopper-pearson 或 jeffreys");

        assertThat(cli.run("--lang", "fr", "--help")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).startsWith("loopwatch").contains("--lang 应为 en 或 zh-CN，而不是 “fr”");
    }

    @Test
    void optionValuesMayBeAttachedWithAnEqualsSign() {
        Path file = folder.resolve("attached.db");
        cli.run("--db=" + file, "init");

        assertThat(cli.run("--db=" + file, "summary", "--from=2022-01-11", "--to=2022-01-12", "--level=0.99")).isZero();
        assertThat(cli.stdout()).contains("Period 2022-01-11 to 2022-01-12", "99 % CI");
    }

    @Test
    void versionAfterOtherOptionsPrintsTheSameLine() {
        assertThat(cli.run("--version")).isZero();
        String alone = cli.stdout();

        assertThat(cli.run("--db", folder.resolve("none.db").toString(), "--version")).isZero();
        assertThat(cli.stdout()).isEqualTo(alone);
        assertThat(Files.exists(folder.resolve("none.db"))).isFalse();
    }

    @Test
    void initCreatesADatabaseAndRefusesAnExistingFile() throws Exception {
        Path file = folder.resolve("event.db");

        assertThat(cli.run("--db", file.toString(), "init")).isZero();
        assertThat(Files.size(file)).isPositive();
        assertThat(cli.stdout()).contains("Athletes", "Team officials", "Operating staff", "Media");

        byte[] before = Files.readAllBytes(file);
        assertThat(cli.run("--db", file.toString(), "init")).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void summaryOnANewDatabaseGivesRowsWithNoTestsAndNulls() {
        Path file = folder.resolve("new.db");
        cli.run("--db", file.toString(), "init");

        assertThat(cli.run("--db", file.toString(), "summary", "--json")).isZero();

        String json = cli.stdout().strip();
        assertThat(json).startsWith("{\"from\": null, \"to\": null, \"method\": \"wilson\", \"level\": 0.95, \"rows\": [");
        assertThat(json).contains("{\"group\": \"Athletes\", \"stage\": \"arrival\", \"tests\": 0, \"positives\": 0,"
                + " \"positivity\": null, \"ci_low\": null, \"ci_high\": null, \"flags\": [], \"no_baseline\": []}");
        assertThat(json).contains("{\"group\": \"*\", \"stage\": \"all\", \"tests\": 0");
        // 4 groups and "*", each in arrival, in_loop and all
        String rows = json.substring(json.indexOf("\"rows\""), json.indexOf("\"window_days\""));
        assertThat(rows.split("\"group\"", -1)).hasSize(5 * 3 + 1);
    }

    @Test
    void summaryOnAPathWithNoFileExitsThreeAndCreatesNothing() {
        Path file = folder.resolve("typo").resolve("loopwach.db");

        assertThat(cli.run("--db", file.toString(), "summary")).isEqualTo(ExitCode.DATABASE_PROBLEM);

        assertThat(cli.stderr()).contains(file.toString());
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void badArgumentsExitTwoWithAMessage() {
        Path file = folder.resolve("x.db");
        cli.run("--db", file.toString(), "init");

        assertThat(cli.run("--db", file.toString(), "summary", "--method", "wald")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("wilson, clopper-pearson or jeffreys");
        assertThat(cli.run("--db", file.toString(), "summary", "--from", "2022-02-30")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("2022-02-30");
        assertThat(cli.run("--db", file.toString(), "summary", "--level", "0.5")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", file.toString(), "summary", "--group", "Referees")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("Referees", "Athletes").doesNotContain("Did you mean");
        assertThat(cli.run("--db", file.toString(), "summary", "--group", "Operating staf")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("there is no group 'Operating staf'. Did you mean 'Operating staff'? Groups are: ");
        assertThat(cli.run("--db", file.toString(), "frobnicate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--nonsense")).isEqualTo(ExitCode.BAD_INPUT);
    }

    /* The commands' picocli model is written in code (decision 0081): what annotations implied, it must say. */
    @Test
    void missingRepeatedAndExtraArgumentsAreNamedAndExitTwo() {
        Path file = folder.resolve("x.db");
        cli.run("--db", file.toString(), "init");

        assertThat(cli.run("--db", file.toString(), "import")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).isEqualTo("loopwatch: import needs FILE.csv|FILE.xlsx." + System.lineSeparator());
        assertThat(cli.run("--db", file.toString(), "import", "a.csv", "b.csv")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("import: unexpected argument b.csv. Run loopwatch import --help");
        assertThat(cli.run("--db", file.toString(), "import", "--sheet")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("import needs --sheet NAME.");
        assertThat(cli.run("--db", file.toString(), "export", "briefing")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("export briefing needs --out FILE.pdf.");
        assertThat(cli.run("--db", file.toString(), "export", "briefing", "--out", "a.pdf", "--out", "b.pdf"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("export briefing: --out is given more than once.");
        assertThat(cli.run("--db", file.toString(), "summary", "--json", "--json")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("summary: --json is given more than once.");
        assertThat(cli.run("--db", file.toString(), "copy")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("copy needs --to postgresql://...|FILE.db.");
    }

    @Test
    void aFileThatIsNotADatabaseExitsThreeAndStaysUnchanged() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "not a database");

        assertThat(cli.run("--db", file.toString(), "summary", "--json")).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains(file.toString());
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    @Test
    void summaryReportsThePublishedArrivalFiguresWithTheirWilsonInterval() {
        Path file = folder.resolve("beijing.db");
        cli.run("--db", file.toString(), "init");
        try (Database database = Database.open(file, OpenMode.MUST_EXIST)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            long staff = database.groups().findByName("Operating staff").orElseThrow().id();
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 10), athletes, Stage.ARRIVAL, 171, 0, ""));
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 12), staff, Stage.ARRIVAL, 2415, 39, ""));
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 12), staff, Stage.IN_LOOP, 336_246, 33, ""));
        }

        assertThat(cli.run("--db", file.toString(), "summary", "--json", "--method", "clopper-pearson")).isZero();

        String json = cli.stdout();
        assertThat(json).contains("\"from\": \"2022-01-10\", \"to\": \"2022-01-12\", \"method\": \"clopper-pearson\"");
        assertThat(json).contains("{\"group\": \"Athletes\", \"stage\": \"arrival\", \"tests\": 171, \"positives\": 0,"
                + " \"positivity\": 0.0, \"ci_low\": 0.0, \"ci_high\": 0.0213");
        assertThat(json).contains("{\"group\": \"Operating staff\", \"stage\": \"arrival\", \"tests\": 2415,"
                + " \"positives\": 39, \"positivity\": 0.01614");
        assertThat(json).contains("{\"group\": \"*\", \"stage\": \"all\", \"tests\": 338832, \"positives\": 72,");

        assertThat(cli.run("--db", file.toString(), "summary", "--group", "athletes", "--from", "2022-01-11")).isZero();
        assertThat(cli.stdout()).contains("Period 2022-01-11 to 2022-01-12").contains("Athletes").doesNotContain("Media");
        // The text table names stages as the tiles do; the codes are the --json contract.
        assertThat(cli.stdout()).contains("Arrival", "In-loop", "Both stages (mixed)").doesNotContain("in_loop");
    }

    @Test
    void aDatabaseFromANewerLoopWatchExitsThreeAndStaysUnchanged() throws Exception {
        Path file = folder.resolve("future.db");
        cli.run("--db", file.toString(), "init");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
            statement.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(cli.run("--db", file.toString(), "summary", "--json")).isEqualTo(ExitCode.DATABASE_PROBLEM);

        assertThat(cli.stderr()).contains(file.toString()).containsIgnoringCase("newer");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseExitsThreeAndStaysUnchanged() throws Exception {
        Path file = folder.resolve("readonly.db");
        cli.run("--db", file.toString(), "init");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);

        assertThat(cli.run("--db", file.toString(), "summary")).isEqualTo(ExitCode.DATABASE_PROBLEM);

        assertThat(cli.stderr()).contains(file.toString()).containsIgnoringCase("read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    @Tag("process")
    void importIntoADatabaseHeldByARunningLoopWatchExitsThreeAndLeavesItUnchanged() throws Exception {
        Path file = folder.resolve("busy.db");
        cli.run("--db", file.toString(), "init");
        Path csv = Files.writeString(folder.resolve("day.csv"), "date,group,stage,tests,positives\n"
                + "2022-01-04,Athletes,arrival,171,0\n");
        try (ChildLoopWatch running = ChildLoopWatch.start("hold", file, folder.resolve("child.err"))) {
            assertThat(running.nextLine()).isEqualTo("ready");
            byte[] before = Files.readAllBytes(file);

            assertThat(cli.run("--db", file.toString(), "import", csv.toString())).isEqualTo(ExitCode.DATABASE_PROBLEM);

            assertThat(cli.stderr()).contains(file.toString()).containsIgnoringCase("another running LoopWatch");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }
}
