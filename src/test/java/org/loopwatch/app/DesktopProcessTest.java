package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.report.ExportFixtures;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The desktop app's life as a process (issue 13): whatever was done before, Quit, the window's
 * close button and the operating system's request to end leave no process behind and release the
 * database, so the next start opens it.
 */
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
