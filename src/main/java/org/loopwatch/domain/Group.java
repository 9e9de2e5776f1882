package org.loopwatch.domain;

import java.util.Locale;

/**
 * A stakeholder group such as "Athletes" or "Media".
 *
 * @param id           database identity, stable across renames
 * @param name         unique ignoring case
 * @param displayOrder position in lists and charts, ascending
 * @param colour       hex colour such as {@code #E69F00}
 * @param active       inactive groups keep their data but are hidden from entry
 */
public record Group(long id, String name, int displayOrder, String colour, boolean active) {

    public Group {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a group needs a name");
        }
        name = name.strip();
    }

    /** The slug used in automation ids: lower case, runs of other characters as {@code -}. */
    public String slug() {
        return Slugs.slug(name);
    }

    /** True when the two names are the same group name (names are unique ignoring case). */
    public boolean hasName(String other) {
        return other != null && name.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
