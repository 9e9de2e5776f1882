package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
 * Issue 18's "zoom 80–200 % that keeps layouts intact": at every zoom step of Settings → Appearance
 * (set there, as a person does), on the smallest supported laptop window (1024×700) and on a common
 * one (1366×768), in English (light theme) and in Chinese (dark theme), every screen and every
 * Settings tab keeps the menu bar and the status bar whole in the window and every control in
 * reach: inside the window, or in a scroll pane that scrolls to it ({@link ControlsInWindow}); and
 * nothing a person reads is cut, shortened to "…" or drawn over another control
 * ({@link LayoutProblems}) — there, and in the dialogs reached from the screens and menus
 * ({@link DialogsAtThisZoom}, in the smaller window). The themes differ only in colours
 * (themes.css), so each language is walked in one of them. Snapshots: {@code target/snapshots/zoomsteps-*}.
 */
@Tag("gui")
class ZoomStepsTest {

    private static final List<Integer> ZOOMS = UserPreferences.ZOOM_STEPS;
    private static final int[][] WINDOWS = {{1366, 768}, {1024, 700}};

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private String preferencesBefore;

    /* English is walked in the light theme, Chinese in the dark one. */
    private String theme = "light";

    @BeforeEach
    void ownPreferences(org.junit.jupiter.api.TestInfo test) throws Exception {
        theme = test.getDisplayName().contains("Chinese") ? "dark" : "light";
        Path preferences = folder.resolve("preferences.properties");
        Files.writeString(preferences, "zoom=100\ntheme=" + theme + "\n");
        preferencesBefore = System.setProperty(UserPreferences.LOCATION_PROPERTY, preferences.toString());
    }

    @AfterEach
    void sharedPreferencesAgain() {
        System.setProperty(UserPreferences.LOCATION_PROPERTY, preferencesBefore);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void inEnglishEveryScreenAndDialogKeepsItsControlsInReachAndItsTextWholeAtEveryZoomAndWindow() throws Exception {
        walk("en", Locale.ENGLISH);
    }

    @Test
    void inChineseEveryScreenAndDialogKeepsItsControlsInReachAndItsTextWholeAtEveryZoomAndWindow() throws Exception {
        walk("zh-CN", Locale.SIMPLIFIED_CHINESE);
    }

    private void walk(String language, Locale locale) throws Exception {
        Path file = folder.resolve("loopwatch.db");
        Texts.useLanguage(locale); // the default groups are named in the language the database is made in
        WindowSizesTest.monthOfData(file);
        app.start(DialogsAtThisZoom.ImportingApp.class, file, "--lang", language);
        Stage stage = WindowSizesTest.mainStage();
        app.clickOn("#" + Screen.SETTINGS.navigationId());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> zoomChoice = app.lookup("#settingsZoom").queryAs(ComboBox.class);

        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (int zoom : ZOOMS) {
            WaitForAsyncUtils.asyncFx(() -> zoomChoice.setValue(zoom)).get();
            assertThat(stage.getScene().getRoot().getStyleClass()).contains("zoom-" + zoom, "theme-" + theme);
            // The smaller window last: the dialogs are opened beside it.
            for (int[] window : WINDOWS) {
                WaitForAsyncUtils.asyncFx(() -> {
                    stage.setWidth(window[0]);
                    stage.setHeight(window[1]);
                }).get();
                for (Screen screen : Screen.values()) {
                    // By its shortcut: at 200 % on 1024×700 the navigation scrolls, and Settings may be below its fold.
                    app.showByShortcut(screen);
                    String where = language + " " + zoom + " % " + window[0] + "x" + window[1] + " " + screen;
                    if (screen == Screen.SETTINGS) {
                        TabPane tabs = app.lookup("#settingsTabs").queryAs(TabPane.class);
                        for (Tab tab : List.copyOf(tabs.getTabs())) {
                            app.interact(() -> tabs.getSelectionModel().select(tab));
                            app.awaitWindowsAtRest();
                            check(stage, where + " " + tab.getId(), zoom, problems);
                        }
                        app.interact(() -> tabs.getSelectionModel().selectLast()); // Appearance, where the zoom is set
                    } else {
                        check(stage, where, zoom, problems);
                    }
                    walked++;
                }
            }
            problems.addAll(DialogsAtThisZoom.problems(app, language + "-" + zoom + "-" + theme, folder));
        }
        assertThat(walked).isEqualTo(ZOOMS.size() * WINDOWS.length * Screen.values().length);
        assertThat(problems).isEmpty();
    }

    private static void check(Stage stage, String where, int zoom, List<String> problems) throws Exception {
        Scene scene = stage.getScene();
        problems.addAll(WaitForAsyncUtils.asyncFx(() -> ControlsInWindow.problems(scene, where)).get());
        WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get().forEach(problem -> problems.add(where + ": " + problem));
        if (zoom == ZOOMS.getFirst() || zoom == ZOOMS.getLast()) {
            String name = "zoomsteps-" + where.replaceAll("[^A-Za-z0-9-]+", "-");
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, name)).get();
        }
    }
}
