package org.loopwatch.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;
import static org.loopwatch.ui.results.ScreensHarness.TODAY;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Event;
import org.loopwatch.store.StoreFaults;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.data.DataRow;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScreensHarness;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The daily entry screen, driven by its ids with mouse and keyboard as a person would. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class EntryViewTest {

    private ScreensHarness app;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        app = new ScreensHarness(stage, Screen.ENTRY);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void aValidEntryIsSavedAndAppearsInTheGridAndTheDataTable(FxRobot robot) {
        ready(robot);
        robot.clickOn("#entryTests").write("2415");
        robot.clickOn("#entryPositives").write("39");
        robot.clickOn("#entrySave");

        awaitStatus(robot, "Saved");
        assertThat(text(robot, "#cell-athletes-arrival")).isEqualTo("39 / 2,415");
        assertThat(stored("Athletes", Stage.ARRIVAL)).map(DailyResult::tests).contains(2415L);
        assertThat(robot.lookup("#cell-athletes-arrival").query().getStyleClass()).contains("entry-cell-entered");
        assertThat(robot.lookup("#cell-athletes-in_loop").query().getStyleClass()).contains("entry-cell-missing");

        robot.clickOn("#navData");
        TableView<DataRow> table = robot.lookup("#dataTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().testsText()).isEqualTo("2,415");
        assertThat(table.getItems().getFirst().positivityText()).isEqualTo("1.6 %");
    }

    @Test
    void eachInvalidInputBlocksSaveWithItsMessage(FxRobot robot) {
        ready(robot);
        record Case(String date, String tests, String positives, String message) {
        }
        List<Case> cases = List.of(
                new Case("2022-01-10", "12.5", "0", "Tests must be a whole number"),
                new Case("2022-01-10", "abc", "0", "Tests must be a whole number"),
                new Case("2022-01-10", "-5", "0", "Tests cannot be negative"),
                new Case("2022-01-10", "10", "x", "Positives must be a whole number"),
                new Case("2022-01-10", "5", "6", "cannot be more than tests (5)"),
                new Case("2022-01-10", "0", "2", "were entered without tests"),
                new Case("2022-01-11", "10", "0", "2022-01-11 is in the future"),
                new Case("2022-02-30", "10", "0", "is not a real date"));
        for (Case each : cases) {
            replaceText(robot, "#entryDate", each.date());
            replaceText(robot, "#entryTests", each.tests());
            replaceText(robot, "#entryPositives", each.positives());

            assertThat(robot.lookup("#entrySave").queryButton().isDisabled()).as(each.toString()).isTrue();
            assertThat(messages(robot)).as(each.toString()).contains(each.message());
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        app.fixture.awaitBackgroundWork();
        assertThat(app.fixture.database().results().count()).isZero();
    }

    @Test
    void aDateBeforeTheLoopStartIsSavedOnlyOnceTheWarningIsConfirmed(FxRobot robot) {
        app.fixture.database().event().save(new Event("Beijing 2022", TODAY.minusDays(6), Optional.empty()));
        ready(robot);
        replaceText(robot, "#entryDate", "2022-01-02");
        app.fixture.awaitBackgroundWork();
        robot.clickOn("#entryTests").write("20");
        robot.clickOn("#entryPositives").write("0");

        assertThat(messages(robot)).contains("before the loop started on 2022-01-04");
        assertThat(robot.lookup("#entrySave").queryButton().isDisabled()).isTrue();
        robot.interact(() -> ScreenSnapshot.write(app.scene, "entry-warning"));

        robot.clickOn("#entryConfirmWarnings");
        assertThat(robot.lookup("#entrySave").queryButton().isDisabled()).isFalse();
        robot.clickOn("#entrySave");

        awaitStatus(robot, "Saved");
        assertThat(app.fixture.database().results().find(new ResultKey(TODAY.minusDays(8),
                app.fixture.groupId("Athletes"), Stage.ARRIVAL))).isPresent();
    }

    @Test
    void aDuplicateAsksToReplaceAndReplacingWritesAnAuditRowWithBeforeAndAfter(FxRobot robot) {
        app.fixture.stored(TODAY, "Athletes", Stage.ARRIVAL, 171, 0);
        ready(robot);
        robot.clickOn("#cell-athletes-arrival");
        assertThat(robot.lookup("#entryTests").queryAs(TextField.class).getText()).isEqualTo("171");
        replaceText(robot, "#entryTests", "175");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#confirmDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialogText").queryAs(Label.class).getText())
                .contains("Stored:  0 positives in 171 tests").contains("0 positives in 175 tests");
        robot.clickOn("#dialogConfirm");

        awaitStatus(robot, "Saved");
        assertThat(stored("Athletes", Stage.ARRIVAL)).map(DailyResult::tests).contains(175L);
        AuditEntry update = app.fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.UPDATE))
                .getFirst();
        assertThat(update.oldValue()).contains("\"tests\": 171");
        assertThat(update.newValue()).contains("\"tests\": 175");
        assertThat(text(robot, "#cell-athletes-arrival")).isEqualTo("0 / 175");
    }

    @Test
    void undoWithCtrlZRestoresThePreviousState(FxRobot robot) {
        app.fixture.stored(TODAY, "Athletes", Stage.ARRIVAL, 171, 0);
        ready(robot);
        robot.clickOn("#cell-athletes-arrival");
        replaceText(robot, "#entryPositives", "3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dialogConfirm").tryQuery().isPresent());
        robot.clickOn("#dialogConfirm");
        awaitStatus(robot, "Saved");
        assertThat(text(robot, "#cell-athletes-arrival")).isEqualTo("3 / 171");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        awaitStatus(robot, "Undone");
        assertThat(text(robot, "#cell-athletes-arrival")).isEqualTo("0 / 171");
        assertThat(stored("Athletes", Stage.ARRIVAL)).map(DailyResult::positives).contains(0L);
        assertThat(app.fixture.database().audit().find(AuditFilter.all()).getFirst().reason()).startsWith("Undo of replace");
        assertThat(robot.lookup("#entryUndo").queryButton().isDisabled()).isTrue();
    }

    /* Alt+Left / Alt+Right step the day from inside a field; typed values of the day left behind go. */
    @Test
    void altLeftAndAltRightStepTheDayFromInsideAField(FxRobot robot) {
        ready(robot);
        robot.clickOn("#entryTests").write("55");

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entryDate").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(TODAY.minusDays(1));
        assertThat(robot.lookup("#entryTests").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entryDate").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(TODAY.plusDays(1));
    }

    /* Closing the day changes the button to "Reopen day…"; the form keeps its width and the grid stays put. */
    @Test
    void closingTheDayMovesNothingOnTheScreen(FxRobot robot) {
        ready(robot);
        javafx.geometry.Bounds before = robot.lookup("#entryGrid").query().localToScene(
                robot.lookup("#entryGrid").query().getBoundsInLocal());
        robot.clickOn("#entryCloseDay");
        waitUntil(() -> robot.lookup("#dialogConfirm").tryQuery().isPresent());
        robot.clickOn("#dialogConfirm");
        waitUntil(() -> robot.lookup("#entryCloseDay").queryButton().getText().startsWith("Reopen"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds after = robot.lookup("#entryGrid").query().localToScene(
                robot.lookup("#entryGrid").query().getBoundsInLocal());
        assertThat(after.getMinX()).isEqualTo(before.getMinX());
    }

    @Test
    void changingAClosedDayDemandsAReasonForTheAuditLog(FxRobot robot) {
        ready(robot);
        robot.clickOn("#entryCloseDay");
        waitUntil(() -> robot.lookup("#dialogConfirm").tryQuery().isPresent());
        robot.clickOn("#dialogConfirm");
        waitUntil(() -> robot.lookup("#entryDayStatus").queryAs(Label.class).getText().startsWith("Day closed"));

        robot.clickOn("#entryTests").write("99");
        robot.clickOn("#entryPositives").write("1");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dialogReason").tryQuery().isPresent());
        assertThat(robot.lookup("#reasonDialogText").queryAs(Label.class).getText()).contains("10 Jan 2022 is closed");
        assertThat(robot.lookup("#dialogConfirm").queryButton().isDisabled()).isTrue();
        robot.clickOn("#dialogReason").write("Lab sent a late result");
        robot.clickOn("#dialogConfirm");

        awaitStatus(robot, "Saved");
        assertThat(app.fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.INSERT)))
                .extracting(AuditEntry::reason).containsExactly("Lab sent a late result");
    }

    @Test
    void aFailedSaveKeepsTheTypedValuesShowsTheErrorAndChangesNothing(FxRobot robot) throws Exception {
        app.fixture.stored(TODAY, "Media", Stage.ARRIVAL, 40, 1);
        ready(robot);
        List<DailyResult> before = app.fixture.database().results().findAll();
        long auditRows = app.fixture.database().audit().count();
        StoreFaults.refuseWrites(app.fixture.database());

        robot.clickOn("#entryTests").write("2415");
        robot.clickOn("#entryPositives").write("39");
        robot.clickOn("#entryNote").write("airport lab");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#errorDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialogText").queryAs(Label.class).getText()).contains("cannot be written");
        robot.clickOn("OK");
        assertThat(robot.lookup("#entryTests").queryAs(TextField.class).getText()).isEqualTo("2415");
        assertThat(robot.lookup("#entryPositives").queryAs(TextField.class).getText()).isEqualTo("39");
        assertThat(robot.lookup("#entryNote").queryAs(TextField.class).getText()).isEqualTo("airport lab");
        assertThat(robot.lookup("#entryStatus").queryAs(Label.class).getText()).startsWith("Not saved");
        assertThat(text(robot, "#cell-athletes-arrival")).isEqualTo("missing");
        assertThat(app.fixture.database().results().findAll()).isEqualTo(before);
        assertThat(app.fixture.database().audit().count()).isEqualTo(auditRows);
    }

    @Test
    void aFullDayOfFourGroupsAndTwoStagesIsEnteredWithTheKeyboardAlone(FxRobot robot) {
        ready(robot);
        for (int cell = 1; cell <= 8; cell++) {
            assertThat(robot.lookup("#entryTests").query().isFocused()).as("tests focused before cell " + cell).isTrue();
            robot.write(Integer.toString(100 * cell)).type(KeyCode.TAB).write(Integer.toString(cell)).type(KeyCode.ENTER);
            int saved = cell;
            waitUntil(() -> app.fixture.database().results().count() == saved);
            app.fixture.awaitBackgroundWork();
        }

        assertThat(app.fixture.database().results().findAll()).hasSize(8)
                .extracting(DailyResult::tests).containsExactlyInAnyOrder(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L);
        assertThat(robot.lookup("#entryGridSummary").queryAs(Label.class).getText()).isEqualTo("All 8 cells entered.");
        assertThat(text(robot, "#cell-media-in_loop")).isEqualTo("8 / 800");
        robot.interact(() -> ScreenSnapshot.write(app.scene, "entry-full-day"));
    }

    /* The screen was built in @Start; rows the test stored since are announced as another screen would. */
    private void ready(FxRobot robot) {
        UiTestDatabase.onFx(app.fixture.changes()::changed);
        app.fixture.awaitBackgroundWork();
        waitUntil(() -> robot.lookup("#cell-athletes-arrival").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<DailyResult> stored(String group, Stage stage) {
        return app.fixture.database().results().find(new ResultKey(TODAY, app.fixture.groupId(group), stage));
    }

    private static void awaitStatus(FxRobot robot, String start) {
        waitUntil(() -> robot.lookup("#entryStatus").queryAs(Label.class).getText().startsWith(start));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).getText();
    }

    private static String messages(FxRobot robot) {
        VBox box = robot.lookup("#entryMessages").queryAs(VBox.class);
        StringBuilder all = new StringBuilder();
        for (Node line : box.getChildren()) {
            all.append(((Label) line).getText()).append('\n');
        }
        return all.toString();
    }

    /* Selects what a field holds and types over it, as a person would. */
    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }
}
