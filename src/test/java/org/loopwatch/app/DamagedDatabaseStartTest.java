package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;
import static org.loopwatch.app.AppUnderTest.ROWS;
import static org.loopwatch.app.AppUnderTest.sha256;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.BackupReason;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database at start: the app says what is wrong and offers the newest good backup. */
@Tag("gui")
class DamagedDatabaseStartTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

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

        app.start(file);

        app.waitUntil(() -> app.isShown("#damagedDatabaseText"));
        String message = app.text("#damagedDatabaseText");
        assertThat(message).contains(file.toString()).contains("damaged").contains("1 entry, last entry 4 Jan 2022")
                .contains("never deleted");
        WaitForAsyncUtils.waitForFxEvents();
        app.clickOn("#restoreNewestBackup");

        app.waitUntil(() -> app.status(ROWS).equals("1 entry") || app.isShown("#errorDialogText"));
        assertThat(app.lookup("#errorDialogText").tryQuery()).map(node -> ((Label) node).getText()).isEmpty();
        assertThat(app.status(DATABASE)).contains(file.toString());
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

        app.start(file);

        app.waitUntil(() -> app.isShown("#errorDialogText"));
        assertThat(app.text("#errorDialogText")).contains("damaged").contains("No good backup was found");
        assertThat(sha256(file)).isEqualTo(damaged);
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096);
            raw.write(garbage);
        }
    }
}
