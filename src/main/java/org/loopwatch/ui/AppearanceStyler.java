package org.loopwatch.ui;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;

/**
 * Puts the chosen theme, zoom and interface language on a window as style classes of its root
 * (themes.css, loopwatch.css), keeps them there as they change, and binds Ctrl+Plus, Ctrl+Minus and
 * Ctrl+0 to zooming. Dialogs take the look of the window they belong to ({@link #styleLike}).
 */
public final class AppearanceStyler {

    /** The app's stylesheet; it imports the themes. */
    public static final String STYLESHEET = Objects.requireNonNull(AppearanceStyler.class.getResource("loopwatch.css"),
            "loopwatch.css").toExternalForm();

    private static final String LANGUAGE_ZH = "language-zh";
    private static final String THEME_PREFIX = "theme-";
    private static final String ZOOM_PREFIX = "zoom-";

    private AppearanceStyler() {
    }

    /** Styles the scene now and whenever the view model changes, and installs the zoom shortcuts. */
    public static void install(Scene scene, AppearanceViewModel appearance) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Runnable apply = () -> apply(scene.getRoot(), appearance.themeProperty().get(), appearance.zoomProperty().get());
        appearance.themeProperty().addListener((observable, before, after) -> apply.run());
        appearance.zoomProperty().addListener((observable, before, after) -> apply.run());
        scene.rootProperty().addListener((observable, before, after) -> apply.run());
        apply.run();
        for (KeyCode larger : List.of(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS)) {
            scene.getAccelerators().put(shortcut(larger), appearance::zoomIn);
        }
        for (KeyCode smaller : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(shortcut(smaller), appearance::zoomOut);
        }
        for (KeyCode reset : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            scene.getAccelerators().put(shortcut(reset), appearance::resetZoom);
        }
    }

    /** Gives a dialog's root the stylesheets and the theme, zoom and language of its owner's scene. */
    public static void styleLike(Parent dialogRoot, Scene owner) {
        if (owner == null || owner.getRoot() == null) {
            return;
        }
        owner.getStylesheets().stream().filter(sheet -> !dialogRoot.getStylesheets().contains(sheet))
                .forEach(dialogRoot.getStylesheets()::add);
        ObservableList<String> classes = dialogRoot.getStyleClass();
        classes.removeIf(AppearanceStyler::isAppearanceClass);
        owner.getRoot().getStyleClass().stream().filter(AppearanceStyler::isAppearanceClass).forEach(classes::add);
    }

    static void apply(Parent root, Theme theme, int zoom) {
        if (root == null) {
            return;
        }
        ObservableList<String> classes = root.getStyleClass();
        classes.removeIf(AppearanceStyler::isAppearanceClass);
        classes.add(theme.styleClass());
        classes.add(ZOOM_PREFIX + (UserPreferences.ZOOM_STEPS.contains(zoom) ? zoom : UserPreferences.DEFAULT_ZOOM));
        if ("zh".equals(Texts.language().getLanguage())) {
            classes.add(LANGUAGE_ZH);
        }
    }

    private static boolean isAppearanceClass(String styleClass) {
        return styleClass.startsWith(THEME_PREFIX) || styleClass.startsWith(ZOOM_PREFIX) || styleClass.equals(LANGUAGE_ZH);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }
}
