package org.loopwatch.domain;

import java.util.Locale;

/** Turns names into the slugs of automation ids ({@code tile-<slug>}). */
public final class Slugs {

    private Slugs() {
    }

    /** Lower case; every run of characters other than a–z and 0–9 becomes one {@code -}; no leading or trailing {@code -}. */
    public static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String dashed = lower.replaceAll("[^a-z0-9]+", "-");
        return dashed.replaceAll("^-+|-+$", "");
    }
}
