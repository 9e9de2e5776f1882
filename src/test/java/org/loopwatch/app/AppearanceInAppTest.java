package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.LatinWords;
import org.loopwatch.ui.settings.AppearanceSection;
import org.loopwatch.ui.ComboBoxes;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Appearance and the zoom keys change the window at once, and the choice is there on the next start. */
@Tag("gui")
class AppearanceInAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private String preferencesBefore;
    private Path preferences;

    @BeforeEach
    void ownPreferencesFile() {
        preferences = folder.resolve("user").resolve("preferences.properties");
        preferencesBefore = System.setProperty(UserPreferences.LOCATION_PROPERTY, preferences.toString());
    }

    @AfterEach
    void sharedPreferencesFileAgain() {
        System.setProperty(UserPreferences.LOCATION_PROPERTY, preferencesBefore);
    }

    @Test
    void aDarkThemeAndALargerZoomApplyAtOnceAndComeBackOnTheNextStart() throws Exception {
        Path database = folder.resolve("loopwatch.db");
        app.start(database);
        double titleSizeAt100 = fontSize(".navigation-title");
        app.clickOn("#navSettings");
        app.waitUntil(() -> app.isShown("#settingsTabs"));
        TabPane tabs = app.lookup("#settingsTabs").queryAs(TabPane.class);
        app.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "settingsTabAppearance".equals(tab.getId())).findFirst().orElseThrow()));

        ComboBoxes.choose(app, "#settingsTheme", "Dark");
        app.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(root().getStyleClass()).contains("theme-dark", "zoom-110");
        assertThat(brightness(".shell-content")).as("the screen's background is dark").isLessThan(0.2);
        assertThat(fontSize(".navigation-title")).isEqualTo(titleSizeAt100 * 1.1, org.assertj.core.data.Offset.offset(0.1));
        app.waitUntil(() -> Files.exists(preferences) && Files.readString(preferences).contains("zoom=110"));
        assertThat(Files.readString(preferences)).contains("theme=dark");

        app.stop();
        app.start(database);

        assertThat(root().getStyleClass()).contains("theme-dark", "zoom-110");
    }

    @Test
    void inChineseTheAppearanceCardReadsChineseAndOffersEachLanguageInItsOwnWords() throws Exception {
        app.start(folder.resolve("loopwatch.db"), "--lang", "zh-CN");
        try {
            app.clickOn("#navSettings");
            app.waitUntil(() -> app.isShown("#settingsTabs"));
            TabPane tabs = app.lookup("#settingsTabs").queryAs(TabPane.class);
            app.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> "settingsTabAppearance".equals(tab.getId())).findFirst().orElseThrow()));
            Parent card = app.lookup(node -> node instanceof AppearanceSection).queryAs(AppearanceSection.class).getParent();

            assertThat(WaitForAsyncUtils.asyncFx(() -> LatinWords.in(card, Set.of())).get()).isEmpty();
            assertThat(WaitForAsyncUtils.asyncFx(() -> LatinWords.texts(card)).get())
                    .contains("语言与外观", "文字大小").anyMatch(text -> text.startsWith("跟随系统"));
            assertThat(root().getStyleClass()).contains("language-zh");
            assertThat(fontFamily(".section-title")).as("the Chinese interface is set in the bundled font")
                    .isEqualTo("Noto Sans SC");
            ComboBoxes.choose(app, "#settingsLanguage", "English");
            assertThat(app.lookup("#settingsLanguageNote").queryAs(Label.class).getText()).contains("English", "下次启动");
        } finally {
            Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void onAChineseSystemTheInterfaceIsChineseWithoutLangOrSettings() throws Exception {
        java.util.Locale system = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.CHINA);
        try {
            app.start(folder.resolve("loopwatch.db"));

            assertThat(app.text("#navEntry")).isEqualTo("每日录入");
            assertThat(app.status(AppUnderTest.DATABASE)).startsWith("数据库：");
            assertThat(root().getStyleClass()).contains("language-zh");
        } finally {
            java.util.Locale.setDefault(system);
            Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    private String fontFamily(String query) throws Exception {
        Label label = app.lookup(query).queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(() -> label.getFont().getFamily()).get();
    }

    private Parent root() {
        return app.lookup("#statusBar").query().getScene().getRoot();
    }

    private double fontSize(String query) throws Exception {
        Label label = app.lookup(query).queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(() -> label.getFont().getSize()).get();
    }

    private double brightness(String query) throws Exception {
        Region region = app.lookup(query).queryAs(Region.class);
        return WaitForAsyncUtils.asyncFx(() -> ((Color) region.getBackground().getFills().getFirst().getFill())
                .getBrightness()).get();
    }
}
