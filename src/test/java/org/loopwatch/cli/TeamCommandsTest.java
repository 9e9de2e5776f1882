package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import java.util.List;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;

/** Every command works on a team database given as --db postgresql://…; the password comes from the password file. */
@Tag("team")
class TeamCommandsTest {

    private static final String PGPASSFILE = "org.postgresql.pgpassfile";

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();
    private TeamDatabaseUrl url;

    @BeforeEach
    void passwordFileForTheTestServer() throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        url = server.newDatabase("cli");
        Path pgpass = Files.writeString(folder.resolve("pgpass"),
                "localhost:" + server.port() + ":*:" + PostgresTestServer.SUPERUSER + ":" + PostgresTestServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        // The driver reads the password file named by this property as it would PGPASSFILE or ~/.pgpass.
        System.setProperty(PGPASSFILE, pgpass.toString());
    }

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty(PGPASSFILE);
    }

    @Test
    void teamInitThenImportSummaryAndExportWorkOnTheTeamDatabase() throws Exception {
        assertThat(cli.run("--db", url.toString(), "team", "init")).isEqualTo(ExitCode.OK);
        assertThat(cli.stdout()).contains("loopwatch_entry").contains("Athletes");
        Path csv = Files.writeString(folder.resolve("in.csv"), "date,group,stage,tests,positives\n"
                + "2022-01-05,Athletes,arrival,171,0\n2022-01-05,Operating staff,arrival,2415,39\n");

        assertThat(cli.run("--db", url.toString(), "import", csv.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.run("--db", url.toString(), "summary", "--json")).isEqualTo(ExitCode.OK);
        assertThat(cli.stdout()).contains("\"tests\": 2586").contains("\"positives\": 39");
        Path exported = folder.resolve("out.csv");
        assertThat(cli.run("--db", url.toString(), "export-csv", "--out", exported.toString())).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(exported)).contains("2022-01-05,Operating staff,arrival,2415,39");

        assertThat(cli.run("--db", url.toString(), "team", "init")).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains("changed nothing");
    }

    @Test
    void everyExportWorksOnTheTeamDatabaseAndTheFilesReadBack() throws Exception {
        assertThat(cli.run("--db", url.toString(), "team", "init")).isEqualTo(ExitCode.OK);
        Path csv = Files.writeString(folder.resolve("in.csv"), "date,group,stage,tests,positives\n"
                + "2022-01-05,Athletes,arrival,171,0\n2022-01-05,Operating staff,arrival,2415,39\n");
        assertThat(cli.run("--db", url.toString(), "import", csv.toString())).isEqualTo(ExitCode.OK);

        Path briefing = folder.resolve("briefing.pdf");
        assertThat(cli.run("--db", url.toString(), "export", "briefing", "--out", briefing.toString())).isEqualTo(ExitCode.OK);
        assertThat(pdfText(briefing)).contains("Operating staff");
        Path statement = folder.resolve("statement.pdf");
        assertThat(cli.run("--db", url.toString(), "statement", "--out", statement.toString())).isEqualTo(ExitCode.OK);
        assertThat(pdfText(statement)).contains("Operating staff");
        Path png = folder.resolve("chart.png");
        assertThat(cli.run("--db", url.toString(), "export", "chart", "--out", png.toString())).isEqualTo(ExitCode.OK);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isPositive();
        Path svg = folder.resolve("chart.svg");
        assertThat(cli.run("--db", url.toString(), "export", "chart", "--out", svg.toString())).isEqualTo(ExitCode.OK);
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getTagName()).isEqualTo("svg");
        Path xlsx = folder.resolve("all.xlsx");
        assertThat(cli.run("--db", url.toString(), "export-xlsx", "--out", xlsx.toString())).isEqualTo(ExitCode.OK);
        try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheets = book.stream().filter(entry -> entry.getName().startsWith("xl/")).map(entry -> {
                try (var in = book.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
            assertThat(sheets).contains("2415").contains("Operating staff");
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void copyIntoANewTeamDatabaseAndBackIntoAFileKeepsEverythingBySummaryAndRowCountsAlertsIncluded() throws Exception {
        Path desk = folder.resolve("desk.db");
        assertThat(cli.run("--db", desk.toString(), "import", Path.of("assets/demo/beijing-2022-demo.csv").toString(),
                "--create-groups")).isEqualTo(ExitCode.OK);
        try (Database database = Database.open(desk, OpenMode.MUST_EXIST)) {
            database.days().close(LocalDate.of(2022, 1, 5), "checked");
            database.event().addKeyDate(LocalDate.of(2022, 2, 4), "Games open");
            database.settings().setRollingWindowDays(14);
            long media = database.groups().findByName("Media").orElseThrow().id();
            database.rollups().add("Press", List.of(media));
            // Alert rules and acknowledgements (issue 21) travel too, with their audit rows.
            database.alertRules().put(org.loopwatch.domain.AlertRuleKey.ofGroup(media, org.loopwatch.domain.Stage.IN_LOOP),
                    new org.loopwatch.domain.AlertRule(0.001, 3, java.util.OptionalDouble.of(0.001)));
            database.alertRules().put(org.loopwatch.domain.AlertRuleKey.stageDefault(org.loopwatch.domain.Stage.ARRIVAL),
                    new org.loopwatch.domain.AlertRule(0.05, 2, java.util.OptionalDouble.empty()));
            database.alerts().acknowledge(new org.loopwatch.domain.ResultKey(LocalDate.of(2022, 1, 6), media,
                    org.loopwatch.domain.Stage.IN_LOOP), "lab confirmed; contacts traced");
        }
        assertThat(cli.run("--db", desk.toString(), "summary", "--json")).isEqualTo(ExitCode.OK);
        String summary = cli.stdout();

        assertThat(cli.run("--db", desk.toString(), "copy", "--to", url.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.run("--db", url.toString(), "summary", "--json")).isEqualTo(ExitCode.OK);
        assertThat(cli.stdout()).isEqualTo(summary);
        Path back = folder.resolve("back.db");
        assertThat(cli.run("--db", url.toString(), "copy", "--to", back.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.run("--db", back.toString(), "summary", "--json")).isEqualTo(ExitCode.OK);
        assertThat(cli.stdout()).isEqualTo(summary);

        try (Database original = Database.open(desk, OpenMode.MUST_EXIST);
             Database team = Database.connect(url, PasswordPrompt.NONE);
             Database copy = Database.open(back, OpenMode.MUST_EXIST)) {
            assertThat(team.rowCounts()).isEqualTo(original.rowCounts()).containsEntry("day_status", 1L)
                    .containsEntry("alert_rules", 2L).containsEntry("alert_acknowledgements", 1L);
            assertThat(copy.rowCounts()).isEqualTo(original.rowCounts());
            assertThat(team.alertRules().load()).isEqualTo(original.alertRules().load());
            assertThat(copy.alertRules().load()).isEqualTo(original.alertRules().load());
            assertThat(team.alerts().findAll()).isEqualTo(original.alerts().findAll()).hasSize(1);
            assertThat(copy.alerts().findAll()).isEqualTo(original.alerts().findAll());
            assertThat(copy.audit().find(AuditFilter.all())).isEqualTo(original.audit().find(AuditFilter.all()));
            assertThat(team.days().isClosed(LocalDate.of(2022, 1, 5))).isTrue();
            assertThat(team.settings().rollingWindowDays()).isEqualTo(14);
            // The team database goes on numbering after the copied rows.
            team.groups().add("Volunteers");
        }
        assertThat(cli.run("--db", desk.toString(), "copy", "--to", back.toString())).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains(back.toString());
    }

    @Test
    void aMalformedAddressIsABadArgumentAndAPasswordInItIsRefused() {
        assertThat(cli.run("--db", "postgresql://ann:secret@localhost/loopwatch", "summary")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("PGPASSWORD").doesNotContain("secret@");
        assertThat(cli.run("--db", "postgresql://localhost/loopwatch?sslmode=sometimes", "summary")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("verify-full");
    }

    @Test
    void aDatabaseNotSetUpIsADatabaseProblemThatNamesTeamInit() {
        assertThat(cli.run("--db", url.toString(), "summary")).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains("team init");
        assertThat(cli.run("--db", url.toString(), "init")).isEqualTo(ExitCode.BAD_INPUT);
    }
}
