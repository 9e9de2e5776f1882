package org.loopwatch.ui;

import java.util.Arrays;
import java.util.Optional;

/** The themes of the window (themes.css), each a palette of named colours. */
public enum Theme {
    LIGHT("light"),
    DARK("dark"),
    /** White and yellow on black, for low vision and bright rooms. */
    HIGH_CONTRAST("high-contrast");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    /** The code kept in the preferences file, e.g. {@code high-contrast}. */
    public String code() {
        return code;
    }

    /** The style class on the scene's root that picks this palette, e.g. {@code theme-dark}. */
    public String styleClass() {
        return "theme-" + code;
    }

    /** The key of the theme's name in the ui bundle. */
    String textKey() {
        return "theme." + code;
    }

    public static Optional<Theme> fromCode(String code) {
        return Arrays.stream(values()).filter(theme -> theme.code.equals(code)).findFirst();
    }
}
