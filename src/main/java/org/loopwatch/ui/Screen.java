package org.loopwatch.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens of the main window, with their navigation ids (SPEC §8) and shortcuts. */
public enum Screen {
    DASHBOARD("navDashboard", "Dashboard", KeyCode.DIGIT1),
    ENTRY("navEntry", "Daily entry", KeyCode.DIGIT2),
    DATA("navData", "Data", KeyCode.DIGIT3),
    COMPARE("navCompare", "Compare", KeyCode.DIGIT4),
    AUDIT("navAudit", "Audit log", KeyCode.DIGIT5),
    SETTINGS("navSettings", "Settings", KeyCode.DIGIT6);

    private final String navigationId;
    private final String title;
    private final KeyCode digit;

    Screen(String navigationId, String title, KeyCode digit) {
        this.navigationId = navigationId;
        this.title = title;
        this.digit = digit;
    }

    /** The stable fx:id of the navigation button, e.g. {@code navEntry}. */
    public String navigationId() {
        return navigationId;
    }

    public String title() {
        return title;
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
