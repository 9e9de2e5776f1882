package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.cli.CommandLine;
import org.loopwatch.report.ExportFixtures;
import org.loopwatch.store.ChildLoopWatch;

/**
 * SPEC §3, issue 13: while the desktop app (a real process) holds a database, the read-only
 * commands run on it and change nothing; a second writer is refused and told who holds it; and
 * once the app is killed, its lock keeps no one out.
 */
@Tag("process")
class ReadersBesideTheAppTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void readOnlyCommandsRunBesideTheAppAndAnotherWriterIsRefusedUntilTheAppIsKilled() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        Path wal = database.resolveSibling(database.getFileName() + "-wal");
        Path csv = Files.writeString(folder.resolve("one day.csv"),
                "date,group,stage,tests,positives\n2022-01-23,Athletes,arrival,12,0\n");

        try (DesktopProcess app = DesktopProcess.start(database, folder.resolve("app"))) {
            assertThat(app.awaitLine()).isEqualTo("opened");
            byte[] fileBefore = Files.readAllBytes(database);
            byte[] walBefore = Files.readAllBytes(wal);

            assertThat(cli("--db", database.toString(), "summary", "--json")).as(stderr()).isZero();
            assertThat(summaryRow("Operating staff", "arrival")).contains("\"tests\":2415", "\"positives\":39");
            assertThat(summaryRow("Operating staff", "in_loop")).contains("\"tests\":336246", "\"positives\":33");
            Path entries = folder.resolve("entries.csv");
            assertThat(cli("--db", database.toString(), "export-csv", "--out", entries.toString())).as(stderr()).isZero();
            assertThat(Files.readAllLines(entries)).hasSize(1 + 4 * 19);
            Path png = folder.resolve("chart.png");
            assertThat(cli("--db", database.toString(), "export", "chart", "--out", png.toString(), "--chart", "tests"))
                    .as(stderr()).isZero();
            BufferedImage chart = ImageIO.read(png.toFile());
            assertThat(chart.getWidth()).isEqualTo(1920);
            Path pdf = folder.resolve("briefing.pdf");
            assertThat(cli("--db", database.toString(), "export", "briefing", "--out", pdf.toString()))
                    .as(stderr()).isZero();
            try (PDDocument briefing = Loader.loadPDF(pdf.toFile())) {
                assertThat(briefing.getNumberOfPages()).isGreaterThan(2);
            }
            assertThat(Files.readAllBytes(database)).as("the database file after the readers").isEqualTo(fileBefore);
            assertThat(Arrays.equals(Files.readAllBytes(wal), walBefore)).as("its WAL after the readers").isTrue();

            assertThat(cli("--db", database.toString(), "import", csv.toString())).isEqualTo(3);
            assertThat(stderr()).contains(database.getFileName().toString(), "another running LoopWatch",
                    "process " + app.pid());
            try (ChildLoopWatch secondApp = ChildLoopWatch.start("try-open", database, folder.resolve("second.err"))) {
                assertThat(secondApp.nextLine()).isEqualTo("refused LOCKED");
            }

            app.kill();
        }
        assertThat(cli("--db", database.toString(), "summary", "--json")).as(stderr()).isZero();
        assertThat(cli("--db", database.toString(), "import", csv.toString()))
                .as("import after the app was killed: %s", stderr()).isZero();
        assertThat(cli("--db", database.toString(), "summary", "--json", "--group", "Athletes")).isZero();
        assertThat(summaryRow("Athletes", "arrival")).contains("\"tests\":183");
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /* The JSON object of one group and stage in the last summary's "rows" (not its "recent" window), without spaces. */
    private String summaryRow(String group, String stage) {
        String json = out.toString(StandardCharsets.UTF_8);
        int recent = json.indexOf("\"recent\"");
        List<String> rows = Arrays.stream((recent < 0 ? json : json.substring(0, recent)).replace(" ", "").split("\\{"))
                .filter(row -> row.contains("\"" + group.replace(" ", "") + "\"") && row.contains("\"stage\":\"" + stage + "\""))
                .toList();
        assertThat(rows).as("rows of %s, %s in %s", group, stage, out).hasSize(1);
        return rows.get(0);
    }
}
