package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.BackupReason;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database at start: the app says what is wrong and offers the newest good backup. */
class DamagedDatabaseStartTest {

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
    void aDamagedDatabaseIsExplainedAndRestoringTheNewestGoodBackupOpensItAndKeepsTheDamagedFile() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 4), athletes, Stage.ARRIVAL, 171, 0, ""));
            database.backupNow(BackupReason.DAILY);
        }
        damage(file);
        String damaged = sha256(file);

        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", file.toString());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#damagedDatabaseText").tryQuery().isPresent());
        String message = robot.lookup("#damagedDatabaseText").queryAs(Label.class).getText();
        assertThat(message).contains(file.toString()).contains("damaged").contains("1 entry, last entry 4 Jan 2022")
                .contains("never deleted");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#restoreNewestBackup");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("1 entry")
                || robot.lookup("#errorDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialogText").tryQuery()).map(node -> ((Label) node).getText()).isEmpty();
        assertThat(statusText(".status-database")).contains(file.toString());
        List<Path> aside;
        try (Stream<Path> files = Files.list(folder)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("loopwatch-damaged-")
                    && p.getFileName().toString().endsWith(".db")).toList();
        }
        assertThat(aside).singleElement().satisfies(kept -> assertThat(sha256(kept)).isEqualTo(damaged));
    }

    @Test
    void aDamagedDatabaseWithoutBackupsIsReportedAndLeftUnchanged() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            database.groups().add("Volunteers");
        }
        damage(file);
        String damaged = sha256(file);

        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", file.toString());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialogText").queryAs(Label.class).getText())
                .contains("damaged").contains("No good backup was found");
        assertThat(sha256(file)).isEqualTo(damaged);
    }

    private String statusText(String styleClass) {
        return robot.lookup("#statusBar " + styleClass).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096);
            raw.write(garbage);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
