package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18's "zoom 80–200 % that keeps layouts intact": at 80, 100, 150 and 200 % (set in Settings
 * → Appearance, as a person does), on the smallest supported laptop window (1024×700) and on a
 * common one (1366×768), in English and in Chinese, every screen keeps the menu bar and the status
 * bar whole in the window and every control in reach: inside the window, or in a scroll pane that
 * scrolls to it ({@link ControlsInWindow}). Snapshots: {@code target/snapshots/zoomsteps-*}.
 */
@Tag("gui")
class ZoomStepsTest {

    private static final int[] ZOOMS = {80, 100, 150, 200};
    private static final int[][] WINDOWS = {{1024, 700}, {1366, 768}};

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private String preferencesBefore;

    @BeforeEach
    void ownPreferences() throws Exception {
        Path preferences = folder.resolve("preferences.properties");
        Files.writeString(preferences, "zoom=100\ntheme=light\n");
        preferencesBefore = System.setProperty(UserPreferences.LOCATION_PROPERTY, preferences.toString());
    }

    @AfterEach
    void sharedPreferencesAgain() {
        System.setProperty(UserPreferences.LOCATION_PROPERTY, preferencesBefore);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void inEnglishEveryScreenKeepsItsControlsInReachAtEveryZoomAndWindow() throws Exception {
        walk("en", Locale.ENGLISH);
    }

    @Test
    void inChineseEveryScreenKeepsItsControlsInReachAtEveryZoomAndWindow() throws Exception {
        walk("zh-CN", Locale.SIMPLIFIED_CHINESE);
    }

    private void walk(String language, Locale locale) throws Exception {
        Path file = folder.resolve("loopwatch.db");
        Texts.useLanguage(locale); // the default groups are named in the language the database is made in
        WindowSizesTest.monthOfData(file);
        app.start(file, "--lang", language);
        Stage stage = WindowSizesTest.mainStage();
        app.clickOn("#" + Screen.SETTINGS.navigationId());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> zoomChoice = app.lookup("#settingsZoom").queryAs(ComboBox.class);

        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (int zoom : ZOOMS) {
            WaitForAsyncUtils.asyncFx(() -> zoomChoice.setValue(zoom)).get();
            assertThat(stage.getScene().getRoot().getStyleClass()).contains("zoom-" + zoom);
            for (int[] window : WINDOWS) {
                WaitForAsyncUtils.asyncFx(() -> {
                    stage.setWidth(window[0]);
                    stage.setHeight(window[1]);
                }).get();
                for (Screen screen : Screen.values()) {
                    app.clickOn("#" + screen.navigationId());
                    app.awaitWindowsAtRest();
                    Scene scene = stage.getScene();
                    String where = language + " " + zoom + " % " + window[0] + "x" + window[1] + " " + screen;
                    problems.addAll(WaitForAsyncUtils.asyncFx(() -> ControlsInWindow.problems(scene, where)).get());
                    if (zoom == 200 || zoom == 80) {
                        String name = "zoomsteps-" + language + "-" + zoom + "-" + window[0] + "-" + screen.name().toLowerCase();
                        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, name)).get();
                    }
                    walked++;
                }
            }
        }
        assertThat(walked).isEqualTo(ZOOMS.length * WINDOWS.length * Screen.values().length);
        assertThat(problems).isEmpty();
    }
}
