package org.loopwatch.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.loopwatch.domain.text.Texts;

/** The screens of the main window, with their navigation ids (SPEC §8) and shortcuts. */
public enum Screen {
    DASHBOARD("navDashboard", KeyCode.DIGIT1),
    ENTRY("navEntry", KeyCode.DIGIT2),
    DATA("navData", KeyCode.DIGIT3),
    COMPARE("navCompare", KeyCode.DIGIT4),
    AUDIT("navAudit", KeyCode.DIGIT5),
    SETTINGS("navSettings", KeyCode.DIGIT6);

    private static final Texts TEXT = Texts.of(Screen.class);

    private final String navigationId;
    private final KeyCode digit;

    Screen(String navigationId, KeyCode digit) {
        this.navigationId = navigationId;
        this.digit = digit;
    }

    /** The stable fx:id of the navigation button, e.g. {@code navEntry}. */
    public String navigationId() {
        return navigationId;
    }

    /** The screen's name in the interface language (read at each call: an enum outlives a language switch in tests). */
    public String title() {
        return TEXT.get("screen." + name());
    }

    /** Ctrl+1 … Ctrl+6 (Cmd on macOS), in navigation order. */
    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** The shortcut as people read it, e.g. "Ctrl+2". */
    public String shortcutText() {
        return shortcut().getDisplayText();
    }
}
