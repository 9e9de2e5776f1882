package org.loopwatch.ui.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.io.ImportProblem;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import window as a person sees it, on a real database. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class CsvImportDialogTest {

    @TempDir
    static Path folder;

    private UiTestDatabase fixture;
    private CsvImportViewModel viewModel;
    private final FakeCsvDialogs dialogs = new FakeCsvDialogs();

    @Start
    void start(Stage stage) {
        fixture = UiTestDatabase.createIn(folder.resolve("db-" + System.nanoTime()), UiTestDatabase.CLOCK,
                new FxDialogService(stage));
        viewModel = new CsvImportViewModel(fixture.services(), dialogs);
        stage.setScene(new Scene(new StackPane(new Label("main window")), 900, 600));
        stage.show();
        new CsvImportDialog(viewModel, stage);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /* Imports the file as the menu does and waits until the import has ended as expected. */
    private void importAndWaitFor(FxRobot robot, Path file, ImportState ended) throws Exception {
        robot.interact(() -> viewModel.importFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == ended);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path csv(String text) throws Exception {
        Path file = folder.resolve("results-" + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aBadFileShowsEveryBadRowInATableThatCanBeCopied(FxRobot robot) throws Exception {
        Path file = csv("""
                date,group,stage,tests,positives,note
                2022-01-05,Athletes,arrival,10,11,"a note
                over two lines"
                2022-02-30,Media,in_loop,5,0,
                2022-01-06,Media,arrival,many,0,
                """);

        importAndWaitFor(robot, file, ImportState.FAILED);

        TableView<ImportProblem> table = robot.lookup("#importProblems").queryTableView();
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).extracting(p -> p.line() + " " + p.column())
                .containsExactly("2 positives", "4 date", "5 tests");
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText())
                .contains("was not imported", "3 problems on 3 lines", "Nothing was changed");
        assertThat(robot.lookup("#importCancel").queryAs(Button.class).isVisible()).isFalse();
        assertThat(fixture.database().results().count()).isZero();
        org.loopwatch.ui.ScreenSnapshot.write(table.getScene().getRoot(), "import-errors");

        robot.clickOn("#importCopy");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("line\tcolumn\treason\n2\tpositives\tPositives (11) cannot be more than tests (10).")
                .contains("\n4\tdate\t2022-02-30 is not a real date.").contains("\n5\ttests\t");
    }

    /**
     * The walk of 7 December: at a fixed 13 em the Column column held "group" in a third of the
     * table, and a misspelt group's reason (did you mean, the list of groups, what to do) wrapped to
     * six lines beside it. The column is now as wide as what it holds; the reason gets the rest.
     */
    @Test
    void theColumnColumnIsAsWideAsWhatItHoldsAndTheReasonGetsTheRest(FxRobot robot) throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Atheletes,arrival,10,1\n2022-01-06,Media,arrival,5,9\n");
        dialogs.answer = false; // "Create new groups?" — no: list the rows instead

        importAndWaitFor(robot, file, ImportState.FAILED);

        TableView<ImportProblem> table = robot.lookup("#importProblems").queryTableView();
        assertThat(table.getItems()).extracting(ImportProblem::column).containsExactly("group", "positives");
        double em = robot.lookup("#importStatus").queryAs(Label.class).getFont().getSize() / 1.05;
        double column = table.getColumns().get(1).getWidth();
        double reason = table.getColumns().get(2).getWidth();
        javafx.scene.text.Text widest = new javafx.scene.text.Text("positives");
        widest.setFont(javafx.scene.text.Font.font(em));
        assertThat(column).as("Column %.0f px, Reason %.0f px, em %.1f px", column, reason, em).isPositive();
        assertThat(column).as("wide enough for \"positives\"").isGreaterThanOrEqualTo(widest.getLayoutBounds().getWidth() + em)
                .as("no wider than it needs").isLessThanOrEqualTo(8 * em);
        assertThat(reason).as("the reason takes the rest").isGreaterThan(4 * column);
        org.loopwatch.ui.ScreenSnapshot.write(table.getScene().getRoot(), "import-misspelt-group");
    }

    /** Escape closes the window once the import has ended, as its Close button does (the walk of 7 December). */
    @Test
    void escapeClosesTheWindowOnceTheImportHasEnded(FxRobot robot) throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-06,Media,arrival,5,9\n");
        importAndWaitFor(robot, file, ImportState.FAILED);
        javafx.stage.Window window = robot.lookup("#importProblems").query().getScene().getWindow();
        assertThat(window.isShowing()).isTrue();

        robot.clickOn("#importProblems").type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.isShowing()).as("closed by Escape, with the focus in the list of rows").isFalse();
    }

    @Test
    void escapeWhileTheImportRunsCancelsItAndKeepsTheWindowToSaySo(FxRobot robot) throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Athletes,arrival,171,0\n");
        // The import waits behind this on the one background thread: running, not yet reading.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        fixture.services().tasks().run(() -> busy.await(20, TimeUnit.SECONDS), done -> { }, failed -> { });
        robot.interact(() -> viewModel.importFile(file));
        assertThat(viewModel.stateProperty().get()).isEqualTo(ImportState.RUNNING);
        javafx.stage.Window window = robot.lookup("#importStatus").query().getScene().getWindow();

        robot.interact(() -> window.requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        busy.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() != ImportState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.stateProperty().get()).isEqualTo(ImportState.CANCELLED);
        assertThat(window.isShowing()).isTrue();
        assertThat(fixture.database().results().count()).isZero();
    }

    @Test
    void aGoodFileImportsAndSaysHowManyRows(FxRobot robot) throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Athletes,arrival,171,0\n2022-01-05,Media,in_loop,99,1\n");

        importAndWaitFor(robot, file, ImportState.SUCCEEDED);

        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).startsWith("Imported 2 rows");
        assertThat(robot.lookup("#importProblems").queryTableView().isVisible()).isFalse();
        assertThat(fixture.database().results().count()).isEqualTo(2);
    }
}
