package org.loopwatch.domain;

import java.util.Locale;

/** Turns names into the slugs of automation ids ({@code tile-<slug>}). */
public final class Slugs {

    private Slugs() {
    }

    /**
     * Lower case; letters and digits of every script stay (运动员 → 运动员, so Chinese groups get ids
     * of their own instead of all sharing {@code tile-}); every run of other characters becomes one
     * {@code -}; no leading or trailing {@code -}. English names slug as before ("Team officials" →
     * {@code team-officials}).
     */
    public static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean dashPending = false;
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (dashPending && !slug.isEmpty()) {
                    slug.append('-');
                }
                dashPending = false;
                slug.appendCodePoint(codePoint);
            } else {
                dashPending = true;
            }
        }
        return slug.toString();
    }
}
