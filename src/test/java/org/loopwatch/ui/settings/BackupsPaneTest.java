package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.BackupReason;
import org.loopwatch.store.Database;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person sees the backups with their date, entries and last entry, and restores one. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class BackupsPaneTest {

    @TempDir
    static Path folder;

    private UiTestDatabase fixture;
    private Database database;
    private DataChanges changes;

    @Start
    void start(javafx.stage.Stage stage) {
        // The real clock: backups are named by the time they are made, and a restore makes one more.
        fixture = UiTestDatabase.createIn(folder.resolve("pane-" + System.nanoTime()), Clock.systemDefaultZone(),
                new ScriptedDialogs());
        database = fixture.database();
        changes = fixture.changes();
        fixture.stored(LocalDate.of(2022, 1, 4), "Athletes", Stage.ARRIVAL, 171, 0);
        database.backupNow(BackupReason.DAILY);
        fixture.stored(LocalDate.of(2022, 1, 5), "Athletes", Stage.ARRIVAL, 2_415, 39);
        stage.setScene(new Scene(new BackupsPane(new BackupsViewModel(fixture.services())), 900, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theListShowsEachBackupWithItsKindEntriesAndLastEntry(FxRobot robot) throws Exception {
        TableView<BackupRow> list = robot.lookup("#backupList").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        BackupRow row = list.getItems().getFirst();
        assertThat(row.kind()).isEqualTo("Daily");
        assertThat(row.entries()).isEqualTo("1");
        assertThat(row.lastEntry()).isEqualTo("4 Jan 2022");
        assertThat(robot.lookup("#backupRestore").queryButton().isDisabled()).isTrue();
    }

    @Test
    void choosingABackupAndConfirmingRestoresItAndTellsEveryScreen(FxRobot robot) throws Exception {
        TableView<BackupRow> list = robot.lookup("#backupList").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        Node firstRow = robot.from((Node) list).lookup(".table-row-cell").nth(0).query();

        robot.clickOn(firstRow).clickOn("#backupRestore");
        assertThat(robot.lookup("#backupRestoreConfirmBar").query().isVisible()).isTrue();
        assertThat(robot.from(robot.lookup("#backupRestoreConfirmBar").<Node>query()).lookup(".label").queryAs(Label.class).getText())
                .contains("1 entry, last entry 4 Jan 2022").contains("backed up first");
        robot.clickOn("#backupRestoreConfirm");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backupStatus").queryAs(Label.class)
                .getText().startsWith("Restored"));
        // The status is set first in the restore's callback on the FX thread, the screens told right
        // after it: seen from this thread, the label could read "Restored" before they were told.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(database.results().count()).isEqualTo(1);
        assertThat(changes.versionProperty().get()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        assertThat(list.getItems()).extracting(BackupRow::kind).containsExactly("Before restore", "Daily");
        assertThat(list.getItems().getFirst().entries()).isEqualTo("2");
        assertThat(robot.lookup("#backupRestoreConfirmBar").query().isVisible()).isFalse();
    }

    @Test
    void cancellingTheConfirmationChangesNothing(FxRobot robot) throws Exception {
        TableView<BackupRow> list = robot.lookup("#backupList").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        robot.clickOn(robot.from((Node) list).lookup(".table-row-cell").nth(0).queryAs(Node.class))
                .clickOn("#backupRestore").clickOn("#backupRestoreCancel");

        assertThat(robot.lookup("#backupRestoreConfirmBar").query().isVisible()).isFalse();
        assertThat(database.results().count()).isEqualTo(2);
        assertThat(changes.versionProperty().get()).isZero();
    }

    @Test
    void backUpNowAddsABackupMadeByHand(FxRobot robot) throws Exception {
        TableView<BackupRow> list = robot.lookup("#backupList").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        robot.clickOn("#backupNow");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        assertThat(list.getItems()).extracting(BackupRow::kind).contains("Made by hand");
        assertThat(robot.lookup("#backupStatus").queryAs(Label.class).getText()).startsWith("Backup written:");
    }
}
