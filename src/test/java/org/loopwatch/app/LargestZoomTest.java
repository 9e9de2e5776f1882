package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: at the largest zoom (200 %) on a laptop screen (1366×768) and on the smallest window
 * (1024×700, where the navigation column alone once pushed the status bar out), in Chinese, every
 * screen keeps the status bar inside the window (the dashboard's hidden empty state once pushed it
 * out), every control in reach ({@link ControlsInWindow}) and a filter's date is not cut
 * ("2022年1月4日" read "202" when date fields were sized in pixels).
 * Snapshots: {@code target/snapshots/zoom200-*}.
 */
@Tag("gui")
class LargestZoomTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private String preferencesBefore;

    /** The smaller laptop walk is made in the dark theme: its charts must be dark too (issue 18). */
    private boolean dark;

    @BeforeEach
    void zoomedPreferences(org.junit.jupiter.api.TestInfo test) throws Exception {
        dark = test.getDisplayName().contains("1024");
        Path preferences = folder.resolve("preferences.properties");
        Files.writeString(preferences, "zoom=200\ntheme=" + (dark ? "dark" : "light") + "\n");
        preferencesBefore = System.setProperty(UserPreferences.LOCATION_PROPERTY, preferences.toString());
    }

    @AfterEach
    void sharedPreferencesAgain() {
        System.setProperty(UserPreferences.LOCATION_PROPERTY, preferencesBefore);
        org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH);
    }

    @Test
    void atTwoHundredPercentEveryScreenKeepsItsStatusBarAndItsDatesWhole() throws Exception {
        walk(1366, 768);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("at 200 % on 1024x700 in the dark theme every screen keeps its status bar and dates whole")
    void atTwoHundredPercentOnTheSmallestWindowInTheDarkTheme() throws Exception {
        walk(1024, 700);
    }

    private void walk(int width, int height) throws Exception {
        Path file = folder.resolve("loopwatch.db");
        WindowSizesTest.monthOfData(file);
        app.start(file, "--lang", "zh-CN");
        Stage stage = WindowSizesTest.mainStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("zoom-200");

        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            app.clickOn("#" + screen.navigationId());
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> statusBarAndDates(scene, screen)).get());
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> ControlsInWindow.problems(scene, width + "x" + height + " " + screen)).get());
            if (dark) {
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> lightCharts(scene, screen)).get());
            }
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "zoom200-" + width + "-" + screen.name().toLowerCase())).get();
        }
        assertThat(problems).isEmpty();
    }

    /* Charts on screen follow the theme (ChartThemeTest holds their text to AA): no white box in the dark. */
    private static List<String> lightCharts(Scene scene, Screen screen) {
        List<String> problems = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".lw-chart")) {
            if (node instanceof javafx.scene.layout.Region chart && chart.getBackground() != null
                    && chart.getBackground().getFills().getLast().getFill() instanceof javafx.scene.paint.Color colour
                    && colour.getBrightness() > 0.5) {
                problems.add(screen + ": a chart is drawn on " + colour + " in the dark theme");
            }
        }
        return problems;
    }

    private static List<String> statusBarAndDates(Scene scene, Screen screen) {
        List<String> problems = new ArrayList<>();
        Node bar = scene.lookup("#statusBar");
        Bounds inScene = bar.localToScene(bar.getLayoutBounds());
        if (inScene.getMaxY() > scene.getHeight() + 1 || inScene.getHeight() < 1) {
            problems.add(screen + ": the status bar ends at " + inScene.getMaxY() + ", below the window's "
                    + scene.getHeight());
        }
        for (Node node : scene.getRoot().lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && picker.isVisible() && picker.getValue() != null) {
                String shown = picker.getEditor().getText();
                double needed = new javafx.scene.text.Text(shown) {
                    {
                        setFont(picker.getEditor().getFont());
                    }
                }.getLayoutBounds().getWidth();
                double room = picker.getEditor().getWidth() - picker.getEditor().snappedLeftInset()
                        - picker.getEditor().snappedRightInset();
                if (needed > room + 1) {
                    problems.add(screen + ": #" + picker.getId() + " shows \"" + shown + "\" in " + room + " px; it needs "
                            + needed);
                }
            }
        }
        return problems;
    }
}
