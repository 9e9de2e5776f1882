package org.loopwatch.app;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AppLog;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.Screen;

/**
 * Help → Keyboard shortcuts (F1) and About LoopWatch: the version, the licences of the bundled
 * parts, and where the data and the preferences are, so a desk can find them without asking.
 */
final class HelpMenu {

    private static final Texts TEXT = Texts.of(HelpMenu.class);

    private final Window owner;
    private final Supplier<String> openDatabase;

    /** @param openDatabase names the open database (its file, or a team database's address), or null while none is open */
    HelpMenu(Window owner, Supplier<String> openDatabase) {
        this.owner = owner;
        this.openDatabase = openDatabase;
    }

    void install(Menu help) {
        MenuItem guide = new MenuItem(TEXT.get("help.guide"));
        guide.setId("menuUserGuide");
        guide.setOnAction(event -> showGuide());
        MenuItem shortcuts = new MenuItem(TEXT.get("help.shortcuts"));
        shortcuts.setId("menuShortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(event -> show(TEXT.get("help.shortcuts"), shortcutsText()));
        MenuItem about = new MenuItem(TEXT.get("help.about"));
        about.setId("menuAbout");
        about.setOnAction(event -> show(TEXT.get("help.about"), aboutText()));
        help.getItems().addAll(guide, shortcuts, about);
    }

    static String shortcutsText() {
        StringBuilder text = new StringBuilder();
        for (Screen screen : Screen.values()) {
            text.append(screen.shortcutText()).append("  ").append(screen.title()).append('\n');
        }
        return text.append(TEXT.get("help.shortcuts.rest")).toString();
    }

    String aboutText() {
        String database = openDatabase.get();
        return TEXT.format("help.about.text", AppVersion.current(), database == null ? "–" : database,
                UserPreferences.defaultFile().toAbsolutePath().getParent().toString(), AppLog.file().toString());
    }

    /**
     * The user guide bundled with the app, in the interface language (the same text as
     * docs/user-guide.md and docs/user-guide.zh_CN.md; UserGuideTest keeps them equal).
     */
    static String guideText() {
        String name = "zh".equals(Texts.language().getLanguage()) ? "guide/user-guide_zh_CN.md" : "guide/user-guide.md";
        try (java.io.InputStream in = java.util.Objects.requireNonNull(HelpMenu.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /* A window of its own, not modal, so the guide stays open beside the screen it explains. */
    private void showGuide() {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(guideText());
        text.setId("userGuideText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText(TEXT.get("help.guide"));
        javafx.stage.Stage window = new javafx.stage.Stage();
        window.initOwner(owner);
        window.setTitle(TEXT.get("help.guide"));
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(text), 720, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        window.setScene(scene);
        window.show();
    }

    private void show(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", org.loopwatch.ui.DialogButtons.ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setId("helpText");
        body.setWrapText(true);
        body.setPrefWidth(520);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
