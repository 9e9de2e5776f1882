package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopwatch.ui.AppearanceStyler;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.ScreenSnapshot;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.CsvImportDialog;
import org.loopwatch.ui.csv.CsvImportViewModel;
import org.loopwatch.ui.csv.ImportState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import window (issue 15): sized for what it shows, not a fixed 760×460; in the main window's
 * theme and zoom; its title, column headers and every reason of a refused file shown whole — beside
 * a 1024×700 main window and maximised on a full-size screen. Snapshots: {@code target/snapshots/import-window-*}.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ImportWindowSizeTest {

    @TempDir
    static Path folder;

    private UiTestDatabase fixture;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fixture = UiTestDatabase.createIn(folder.resolve("db-" + System.nanoTime()), UiTestDatabase.CLOCK,
                new FxDialogService(stage));
        stage.setTitle("LoopWatch");
        stage.setScene(new Scene(new StackPane(new Label("main window"))));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0} at {1} %, main window {2}×{3}, maximised {4}")
    @CsvSource({"theme-light, 100, 1024, 700, false", "theme-dark, 100, 1024, 700, false",
            "theme-dark, 150, 1024, 700, false", "theme-dark, 100, 1920, 1080, true", "theme-light, 200, 1920, 1080, true"})
    void theRefusedFilesWindowShowsItsTitleAndEveryReasonWhole(String theme, int zoom, int width, int height,
            boolean maximised, FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            main.getScene().getStylesheets().add(AppearanceStyler.STYLESHEET);
            main.getScene().getRoot().getStyleClass().addAll(theme, "zoom-" + zoom);
            main.setWidth(width);
            main.setHeight(height);
        }).get();
        CsvImportViewModel viewModel = new CsvImportViewModel(fixture.services(), new NoQuestions());
        WaitForAsyncUtils.asyncFx(() -> new CsvImportDialog(viewModel, main)).get();
        Path file = folder.resolve("results-from-the-zhangjiakou-cluster-week-3-corrected-" + zoom + theme + ".csv");
        Files.writeString(file, """
                date,group,stage,tests,positives,note
                2022-01-05,Athletes,arrival,10,11,
                2022-02-30,Media,in_loop,5,0,
                2022-01-06,Media,arrival,many,0,
                2022-01-07,Operating staff and contractors of the Zhangjiakou cluster who arrived late,arrival,-4,0,
                """, StandardCharsets.UTF_8);

        robot.interact(() -> viewModel.importFile(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == ImportState.FAILED);
        Stage dialog = importWindow();
        if (maximised) {
            WaitForAsyncUtils.asyncFx(() -> dialog.setMaximized(true)).get();
        }
        fixture.awaitWindowsAtRest();

        Scene scene = dialog.getScene();
        List<String> problems = new ArrayList<>(WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get());
        problems.addAll(WaitForAsyncUtils.asyncFx(() -> reasonsCut(scene)).get());
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "import-window-" + theme + "-" + zoom + "-" + width)).get();
        assertThat(problems).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> reasonCells(scene).size()).get()).isEqualTo(viewModel.problems().size());

        // Sized for its content: beside a 1024×700 window it fits in one, and it is as wide as its title needs.
        if (!maximised) {
            assertThat(scene.getWidth()).isLessThanOrEqualTo(width);
            assertThat(scene.getHeight()).isLessThanOrEqualTo(height);
            Text title = new Text(dialog.getTitle());
            title.setFont(javafx.scene.text.Font.getDefault());
            assertThat(scene.getWidth()).isGreaterThan(title.getLayoutBounds().getWidth() + 100);
        }
        // The main window's look: theme colours and zoomed text.
        assertThat(scene.getRoot().getStyleClass()).contains(theme, "zoom-" + zoom);
        Color background = (Color) ((javafx.scene.layout.Region) scene.getRoot()).getBackground().getFills().getFirst().getFill();
        if (theme.equals("theme-dark")) {
            assertThat(background.getBrightness()).isLessThan(0.3);
        } else {
            assertThat(background.getBrightness()).isGreaterThan(0.7);
        }
        double expectedFont = 13.0 * zoom / 100 * 1.05;
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getFont().getSize())
                .isBetween(expectedFont - 0.5, expectedFont + 0.5);
    }

    /* Reasons wrap inside their column: none ends in "…" and none runs past the column's edge. */
    private static List<String> reasonsCut(Scene scene) {
        List<String> cut = new ArrayList<>();
        for (TableCell<?, ?> cell : reasonCells(scene)) {
            for (Node child : cell.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible()) {
                    String whole = String.valueOf(cell.getItem());
                    if (!shown.getText().replace("\n", " ").strip().equals(whole.strip())
                            && shown.getText().contains(cell.getEllipsisString())) {
                        cut.add("reason cut to \"" + shown.getText() + "\"");
                    }
                    if (child.getBoundsInParent().getMaxY() > cell.getHeight() + 1) {
                        cut.add("reason taller than its row: \"" + whole + "\"");
                    }
                }
            }
        }
        return cut;
    }

    private static List<TableCell<?, ?>> reasonCells(Scene scene) {
        return scene.getRoot().lookupAll(".reason-cell").stream().<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.isVisible() && cell.getItem() != null).toList();
    }

    private static Stage importWindow() {
        return (Stage) Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getTitle() != null && stage.getTitle().contains("results-from")).findFirst().orElseThrow();
    }


    /* The file names unknown groups: "Cancel" so the rows are shown as problems. */
    private static final class NoQuestions implements CsvDialogs {
        @Override
        public java.util.Optional<Path> chooseFileToImport() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseFileToExport(String suggestedName) {
            return java.util.Optional.empty();
        }

        @Override
        public boolean confirm(String title, String question, String confirmLabel) {
            return false;
        }

        @Override
        public void showInfo(String title, String message) {
        }
    }
}
