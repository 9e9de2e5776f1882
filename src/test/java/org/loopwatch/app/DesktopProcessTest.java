package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.report.ExportFixtures;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The desktop app's life as a process (issue 13): whatever was done before, Quit, the window's
 * close button and the operating system's request to end leave no process behind and release the
 * database, so the next start opens it.
 */
@Tag("process")
class DesktopProcessTest {

    /** A JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks have run. */
    private static final int ENDED_BY_SIGTERM = 143;

    @TempDir
    Path folder;

    @Test
    void quitAfterAChartExportEndsTheProcessAndTheNextStartOpensTheDatabase() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        Path png = folder.resolve("tests per day.png");

        try (DesktopProcess app = DesktopProcess.start(database, folder.resolve("first"))) {
            assertThat(app.awaitLine()).isEqualTo("opened");
            app.send("export-chart " + png);
            assertThat(app.awaitLine()).isEqualTo("exported Saved tests per day.png (1920 × 1080 pixels).");
            app.send("quit");
            assertThat(app.awaitExit()).as("exit code after Quit; error output:%n%s", app.errorOutput()).isZero();
        }
        BufferedImage chart = ImageIO.read(png.toFile());
        assertThat(chart.getWidth()).isEqualTo(1920);
        assertThat(chart.getHeight()).isEqualTo(1080);

        try (DesktopProcess again = DesktopProcess.start(database, folder.resolve("second"))) {
            assertThat(again.awaitLine()).as("the second start opens the database").isEqualTo("opened");
            again.send("open-export-dialog");
            assertThat(again.awaitLine()).isEqualTo("dialog-open");
            again.send("close-window");
            assertThat(again.awaitExit()).as("exit code after the close button with a dialog open; error output:%n%s",
                    again.errorOutput()).isZero();
        }
        try (Database reopened = Database.open(database, OpenMode.MUST_EXIST)) {
            assertThat(reopened.results().count()).isEqualTo(4 * 19);
        }
    }

    @Test
    void aFailureNoCodeCaughtIsLoggedWithItsStackTraceAndShownWithWhereTheLogIs() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        Path state = folder.resolve("app");
        // DesktopProcess points XDG_STATE_HOME there: the platform's folder for logs (decision 0018).
        Path log = state.resolve("state").resolve("loopwatch").resolve("loopwatch.log");

        try (DesktopProcess app = DesktopProcess.start(database, state)) {
            assertThat(app.awaitLine()).isEqualTo("opened");
            app.send("fail-on-thread");
            assertThat(app.awaitLine()).as("error output:%n%s%nlog:%n%s", app.errorOutput(),
                            Files.exists(log) ? Files.readString(log) : "(no log)").startsWith("error-dialog ")
                    .contains("IllegalStateException: a scripted fault").contains(log.toString());
            app.send("quit");
            assertThat(app.awaitExit()).as("exit code after Quit; error output:%n%s", app.errorOutput()).isZero();
        }
        String written = Files.readString(log);
        assertThat(written).contains("LoopWatch " + AppVersion.current() + " starting")
                .contains("java.lang.IllegalStateException: a scripted fault")
                .contains("\tat org.loopwatch.app.ScriptedDesktopApp");
        assertThat(Files.getPosixFilePermissions(log)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theOperatingSystemEndingTheAppClosesTheDatabaseCleanly() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        Path wal = database.resolveSibling(database.getFileName() + "-wal");

        try (DesktopProcess app = DesktopProcess.start(database, folder.resolve("app"))) {
            assertThat(app.awaitLine()).isEqualTo("opened");
            assertThat(wal).as("SQLite's WAL while the app holds the database").exists();
            app.terminate();
            assertThat(app.awaitExit()).as("exit code after SIGTERM; error output:%n%s", app.errorOutput())
                    .isEqualTo(ENDED_BY_SIGTERM);
        }
        // SQLite removes the WAL only when its last connection closes properly, not when a process dies.
        assertThat(wal).as("the WAL, folded back into the database by a clean close").doesNotExist();
        try (Database reopened = Database.open(database, OpenMode.MUST_EXIST)) {
            assertThat(reopened.results().count()).isEqualTo(4 * 19);
        }
        assertThat(Files.exists(database)).isTrue();
    }
}
