package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.app.Launcher;
import org.loopwatch.report.ExportFixtures;

/**
 * The 6 am case: {@code export briefing} in a fresh JVM with no DISPLAY and none of the test
 * JVM's Monocle settings, started through the jar's main class. It must start its own headless
 * toolkit and write the PDF.
 */
@Tag("process")
class HeadlessExportProcessTest {

    @TempDir
    Path folder;

    @Test
    void theBriefingIsWrittenByAProcessWithNoDisplayAtAll() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        Path pdf = folder.resolve("briefing.pdf");
        Path png = folder.resolve("chart.png");
        Path log = folder.resolve("child.log");

        int briefing = runWithoutDisplay(log, "--db", database.toString(), "export", "briefing", "--out",
                pdf.toString());
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(briefing).as(output).isZero();
        int chart = runWithoutDisplay(log, "--db", database.toString(), "export", "chart", "--out", png.toString(),
                "--chart", "tests");
        assertThat(chart).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();

        assertThat(output).contains("Wrote " + pdf).doesNotContain("Exception");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private static int runWithoutDisplay(Path log, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the export did not finish within two minutes");
        }
        return process.exitValue();
    }
}
