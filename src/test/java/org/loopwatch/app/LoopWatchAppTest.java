package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole desktop app, started as a person would start it, on a real database file. */
class LoopWatchAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void firstStartCreatesTheDatabaseAndNamesItInTheStatusBar() throws Exception {
        Path file = folder.resolve("new").resolve("loopwatch.db");

        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", file.toString());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> statusText(".status-database").contains(file.toAbsolutePath().toString()));
        assertThat(Files.exists(file)).isTrue();
        assertThat(statusText(".status-rows")).isEqualTo("0 entries");
        assertThat(statusText(".status-last-save")).isEqualTo("No changes yet");
        assertThat(robot.lookup("#navDashboard").tryQuery()).isPresent();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are my meeting notes, not a database.\n");
        String before = sha256(file);

        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", file.toString());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorDialogText").tryQuery().isPresent());
        String message = robot.lookup("#errorDialogText").queryAs(Label.class).getText();
        assertThat(message).contains(file.toAbsolutePath().toString()).contains("not");
        assertThat(statusText(".status-database")).startsWith("Database not open");
        assertThat(sha256(file)).isEqualTo(before);
    }

    private String statusText(String styleClass) {
        return robot.lookup("#statusBar " + styleClass).tryQuery()
                .map(node -> ((Label) node).getText()).orElse("");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
