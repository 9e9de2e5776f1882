package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.ui.csv.FxCsvDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enter in a question before replace, delete or import-replace keeps the data: Cancel is the default. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class SafeDefaultsTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 600, 400));
        stage.show();
    }

    @Test
    void enterInAReplaceQuestionAnswersCancel(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(owner).confirmDestructive("Replace the existing entry?",
                "Stored: 1 / 10. New: 2 / 10.", "Replace", "Cancel")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogConfirm").tryQuery().isPresent());

        assertThat(robot.lookup("#dialogConfirm").queryAs(Button.class).isDefaultButton()).isFalse();
        assertThat(robot.lookup("#dialogCancel").queryAs(Button.class).isDefaultButton()).isTrue();
        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aHarmlessQuestionKeepsItsConfirmButtonAsTheDefault(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(owner).confirm("Close 2022-01-10?",
                "Closing marks the results as final.", "Close day", "Cancel")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogConfirm").tryQuery().isPresent());

        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void enterInAnImportReplaceQuestionAnswersCancel(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxCsvDialogs(owner).confirmDestructive("Replace existing entries?",
                "3 rows of results.csv exist already.", "Replace")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialogText").tryQuery().isPresent());

        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    /**
     * A question asked while the import window shows belongs to it, so that closing the question
     * hands the keyboard back to the import window, not to the main window it blocks.
     */
    @Test
    void aQuestionAskedWhileTheImportWindowShowsBelongsToIt(FxRobot robot) throws Exception {
        Stage[] importWindow = new Stage[1];
        robot.interact(() -> {
            importWindow[0] = new Stage();
            importWindow[0].initOwner(owner);
            importWindow[0].initModality(javafx.stage.Modality.WINDOW_MODAL);
            importWindow[0].setScene(new Scene(new StackPane(new Label("import window")), 300, 200));
            importWindow[0].show();
        });
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxCsvDialogs(owner).confirmDestructive("Create new groups?",
                "results.csv names groups this database does not have: Atheletes.", "Create groups")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialogText").tryQuery().isPresent());

        javafx.stage.Window question = robot.lookup("#confirmDialogText").query().getScene().getWindow();
        assertThat(((Stage) question).getOwner()).isSameAs(importWindow[0]);
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
        robot.interact(importWindow[0]::hide);

        // With no import window showing, the main window owns it, as before.
        CompletableFuture<Boolean> again = new CompletableFuture<>();
        Platform.runLater(() -> again.complete(new FxCsvDialogs(owner).confirm("Import?", "2 rows.", "Import")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialogText").tryQuery().isPresent());
        assertThat(((Stage) robot.lookup("#confirmDialogText").query().getScene().getWindow()).getOwner()).isSameAs(owner);
        robot.type(KeyCode.ESCAPE);
        assertThat(again.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void enterInTheReasonForAReplaceOnAClosedDayNeitherReplacesNorDropsTheReason(FxRobot robot) throws Exception {
        CompletableFuture<java.util.Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(owner).askReasonToReplace("Replace an entry on a closed day?",
                "Stored: 1 / 8,000. New: 1 / 800.", "Replace with this reason")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogReason").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // The reason field has the focus, not the default Cancel (which a typed space would press).
        assertThat(robot.lookup("#dialogReason").query().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#dialogReason").queryAs(javafx.scene.control.TextField.class).setText("Typo"));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(answer).isNotDone();
        assertThat(robot.lookup("#dialogConfirm").queryAs(Button.class).isDefaultButton()).isFalse();
        assertThat(robot.lookup("#dialogCancel").queryAs(Button.class).isDefaultButton()).isTrue();
        assertThat(robot.lookup("#dialogReason").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Typo");
        robot.clickOn("#dialogConfirm");
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("Typo");
    }
}
