package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at the window sizes desks have (SPEC §4: 1024×700 up to 1920×1080), with a month of
 * data and a group with a long name: nothing is cut by the window, no two controls overlap, no
 * label is shortened to "…". Snapshots of each screen go to {@code target/snapshots/window-*}.
 */
@Tag("gui")
class WindowSizesTest {

    static final String LONG_GROUP = "Operating staff and contractors (Zhangjiakou cluster)";

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void everyScreenFitsTheWindowWithNothingCutOrOverlapping(int width, int height) throws Exception {
        Path file = folder.resolve("loopwatch.db");
        monthOfData(file);
        Stage stage = startOn(file);
        resize(stage, width, height);

        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            app.clickOn("#" + screen.navigationId());
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            assertThat(scene.getWidth()).isEqualTo(width);
            List<String> found = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get();
            found.forEach(problem -> problems.add(screen.title() + ": " + problem));
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene,
                    "window-" + width + "x" + height + "-" + screen.name().toLowerCase())).get();
        }
        assertThat(problems).isEmpty();
        toolbarStaysWhereItIsWhenAStatusAppears(stage);
    }

    /**
     * A new database (what a desk sees first) at 1024×700: every screen's empty fields show their
     * examples whole — the dashboard's From and To said "e.g. Jan 22, 202" — and nothing else is cut.
     */
    @org.junit.jupiter.api.Test
    void aNewDatabasesScreensShowTheirEmptyFieldsExamplesWhole() throws Exception {
        Path file = folder.resolve("new.db");
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));
        Stage stage = mainStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            app.clickOn("#" + screen.navigationId());
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get()
                    .forEach(problem -> problems.add(screen.title() + ": " + problem));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * At the smallest window the app allows (its minimum width, 960 px, by 600 px), a closed day full
     * of five-digit counts: the entry grid is whole — every group's name shown, nothing cut at the
     * right, nothing to scroll sideways (the grid goes below the form when both do not fit).
     */
    @org.junit.jupiter.api.Test
    void atTheSmallestWindowAClosedDaysEntryGridIsWhole() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        monthOfData(file);
        LocalDate today = LocalDate.now();
        try (Database database = Database.open(file, OpenMode.MUST_EXIST)) {
            for (Group group : database.groups().findAll()) {
                for (org.loopwatch.domain.Stage stage : org.loopwatch.domain.Stage.values()) {
                    database.results().insert(new DailyResult(today, group.id(), stage, 88_888, 1_234, ""));
                }
            }
            database.days().close(today, "checked");
        }
        Stage stage = startOn(file);
        assertThat(stage.getMinWidth()).isEqualTo(960);
        resize(stage, stage.getMinWidth(), stage.getMinHeight());
        app.clickOn("#navEntry");
        app.waitUntil(() -> app.text("#entryCloseDay").equals("Reopen day…"));
        app.awaitWindowsAtRest();

        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(960);
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "window-960x600-closed-day")).get();
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get();
        assertThat(problems).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node grid = scene.lookup("#entryGrid");
            Bounds shown = grid.localToScene(grid.getLayoutBounds());
            assertThat(shown.getMaxX()).isLessThanOrEqualTo(scene.getWidth());
            javafx.scene.control.ScrollPane screen = (javafx.scene.control.ScrollPane) scene.lookup(".shell-scroll");
            assertThat(screen.getContent().getLayoutBounds().getWidth())
                    .isLessThanOrEqualTo(screen.getViewportBounds().getWidth() + 1);
            List<javafx.scene.control.Label> names = grid.lookupAll(".label").stream()
                    .map(javafx.scene.control.Label.class::cast)
                    .filter(label -> javafx.scene.layout.GridPane.getColumnIndex(label) != null
                            && javafx.scene.layout.GridPane.getColumnIndex(label) == 0
                            && javafx.scene.layout.GridPane.getRowIndex(label) > 0).toList();
            assertThat(names).extracting(javafx.scene.control.Label::getText).contains("Athletes", LONG_GROUP);
            for (javafx.scene.control.Label name : names) {
                Bounds bounds = name.localToScene(name.getLayoutBounds());
                javafx.scene.text.Text word = new javafx.scene.text.Text(name.getText().split(" ")[0]);
                word.setFont(name.getFont());
                assertThat(bounds.getWidth()).as(name.getText()).isGreaterThan(word.getLayoutBounds().getWidth());
                assertThat(bounds.getMaxX()).as(name.getText()).isLessThanOrEqualTo(scene.getWidth());
                // The name is drawn, not only held: its text node shows it (wrapped at most).
                String drawn = name.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                        .map(node -> ((javafx.scene.text.Text) node).getText()).findFirst().orElse("");
                assertThat(drawn.replace("\n", " ").strip()).as(name.getText())
                        .isEqualTo(name.getText());
                // In ink: a light-theme label left white by a stylesheet (it was, "-fx-background: transparent") is not seen.
                // Its colour, not its pixels (a fade of the grid after a refresh made a pixel count flaky).
                assertThat(((javafx.scene.paint.Color) name.getTextFill()).getBrightness())
                        .as(name.getText() + " drawn in a dark colour").isLessThan(0.5);
            }
        }).get();
    }

    /**
     * Settings → Database on a new database (a list with nothing or the day's one backup): "Back up now" and
     * "Restore…" are in view without scrolling, at 1024×700 and at the smallest window.
     */
    @org.junit.jupiter.api.Test
    void backUpNowAndRestoreShowWithoutScrollingPastTheList() throws Exception {
        Path file = folder.resolve("new.db");
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));
        Stage stage = mainStage();
        app.clickOn("#navSettings");
        app.clickOn("#settingsTabDatabase");
        for (int[] size : new int[][] {{1024, 700}, {960, 600}}) {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            }).get();
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "window-" + size[0] + "x" + size[1] + "-backups")).get();
            WaitForAsyncUtils.asyncFx(() -> {
                // A new database's list holds at most the day's automatic backup.
                javafx.scene.control.TableView<?> list = (javafx.scene.control.TableView<?>) scene.lookup("#backupList");
                assertThat(list.getItems()).hasSizeLessThanOrEqualTo(1);
                for (String id : List.of("#backupNow", "#backupRestore")) {
                    javafx.scene.Node button = scene.lookup(id);
                    assertThat(button.isVisible()).as(id).isTrue();
                    assertThat(inViewWithoutScrolling(button)).as(id + " at " + size[0] + "×" + size[1]).isEmpty();
                }
            }).get();
        }
    }

    /**
     * Daily entry at the small windows opens at its top — the title, the day's state and the date in
     * view — not scrolled down to the form's lower half (it did at 960×600 and 1024×700), also
     * when coming back to it from another screen and after stepping to the day before.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"960, 600", "1024, 700"})
    void dailyEntryOpensAtItsTop(int width, int height) throws Exception {
        Path file = folder.resolve("loopwatch.db");
        monthOfData(file);
        Stage stage = startOn(file);
        resize(stage, width, height);
        app.awaitWindowsAtRest();
        for (String step : List.of("first visit", "back from Data", "previous day")) {
            if (step.equals("back from Data")) {
                app.clickOn("#navData");
                app.awaitWindowsAtRest();
            }
            if (step.equals("previous day")) {
                app.push(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.LEFT);
            } else {
                app.clickOn("#navEntry");
            }
            app.waitUntil(() -> app.isShown("#entryTests") && app.lookup("#entryTests").query().isFocused());
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene,
                    "window-" + width + "x" + height + "-entry-" + step.replace(' ', '-'))).get();
            WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.ScrollPane screen = (javafx.scene.control.ScrollPane) scene.lookup(".shell-scroll");
                assertThat(screen.getVvalue()).as("scrolled on " + step).isEqualTo(screen.getVmin());
                for (String id : List.of("#entryDayStatus", "#entryDate", "#entryTests")) {
                    assertThat(inViewWithoutScrolling(scene.lookup(id))).as(id + " on " + step).isEmpty();
                }
            }).get();
        }
        // And the whole screen is reachable: scrolled to its end, the grid's last row is in view.
        javafx.scene.control.ScrollPane screen = (javafx.scene.control.ScrollPane) stage.getScene().lookup(".shell-scroll");
        WaitForAsyncUtils.asyncFx(() -> screen.setVvalue(screen.getVmax())).get();
        app.awaitWindowsAtRest();
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node grid = stage.getScene().lookup("#entryGrid");
            javafx.scene.Node viewport = screen.lookup(".viewport");
            assertThat(grid.localToScene(grid.getBoundsInLocal()).getMaxY())
                    .isLessThanOrEqualTo(viewport.localToScene(viewport.getLayoutBounds()).getMaxY() + 1);
        }).get();
    }

    /* Where a node lies outside the window or outside the visible part of a scroll pane around it; empty when in view. */
    private static List<String> inViewWithoutScrolling(javafx.scene.Node node) {
        List<String> outside = new ArrayList<>();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Scene scene = node.getScene();
        if (bounds.getMinX() < 0 || bounds.getMinY() < 0 || bounds.getMaxX() > scene.getWidth()
                || bounds.getMaxY() > scene.getHeight()) {
            outside.add("outside the window: " + bounds);
        }
        for (javafx.scene.Parent at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane pane) {
                javafx.scene.Node viewport = pane.lookup(".viewport");
                Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
                if (bounds.getMinY() < visible.getMinY() - 1 || bounds.getMaxY() > visible.getMaxY() + 1
                        || bounds.getMinX() < visible.getMinX() - 1 || bounds.getMaxX() > visible.getMaxX() + 1) {
                    outside.add("scrolled out of " + pane.getStyleClass() + ": " + bounds + " not in " + visible);
                }
            }
        }
        return outside;
    }

    /* How many pixels of a label are dark text on its light background (light theme). */
    /* The dashboard's filters and charts stay put when "Copied … to the clipboard." appears. */
    private void toolbarStaysWhereItIsWhenAStatusAppears(Stage stage) throws Exception {
        app.clickOn("#navDashboard");
        app.awaitWindowsAtRest();
        List<Bounds> before = WaitForAsyncUtils.asyncFx(() -> placesOf(stage.getScene())).get();
        // The button may be scrolled out of view at 1024×700; pressing it is what matters here.
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#copyChart-rolling-in_loop")).fire()).get();
        app.waitUntil(() -> !app.text("#exportStatus").isEmpty() && !app.text("#exportStatus").endsWith("…"));
        app.awaitWindowsAtRest();
        List<Bounds> after = WaitForAsyncUtils.asyncFx(() -> placesOf(stage.getScene())).get();
        assertThat(after).isEqualTo(before);
    }

    private static List<Bounds> placesOf(Scene scene) {
        return java.util.stream.Stream.of("#dashboardFrom", "#exportChart", "#exportBriefing", "#dashboardTiles",
                        "#dashboardChart-rolling-in_loop")
                .map(scene::lookup).map(node -> node.localToScene(node.getBoundsInLocal())).toList();
    }


    /** Starts the app on this database file and returns its main window once the file is open. */
    private Stage startOn(Path file) throws Exception {
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));
        return mainStage();
    }

    /** Sets the window's size on the FX thread, as a person dragging its corner would. */
    private static void resize(Stage stage, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
    }

    static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && "LoopWatch".equals(stage.getTitle())).findFirst().orElseThrow();
    }

    /** The default groups and one with a long name, every cell of 30 days, the last day closed. */
    static void monthOfData(Path file) {
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            database.groups().add(LONG_GROUP);
            LocalDate first = LocalDate.of(2022, 1, 4);
            for (Group group : database.groups().findAll()) {
                for (int day = 0; day < 30; day++) {
                    for (org.loopwatch.domain.Stage stage : org.loopwatch.domain.Stage.values()) {
                        long tests = stage == org.loopwatch.domain.Stage.ARRIVAL ? 120 + day : 11_000 + 37L * day;
                        database.results().insert(new DailyResult(first.plusDays(day), group.id(), stage, tests,
                                (day * 7 + group.id()) % 3, ""));
                    }
                }
            }
        }
    }
}
