package org.loopwatch.domain.text;

import java.util.Collection;

/**
 * How a list of names reads inside a sentence in the interface language: "Athletes, Media" in
 * English, "Athletes、Media" in Chinese (the enumeration comma). One place, so that no message
 * lists groups its own way: before it, five packages each had a separator of their own, and four
 * of them wrote ", " in Chinese too.
 */
public final class ListStyle {

    private static final Texts TEXT = Texts.of(ListStyle.class);

    private ListStyle() {
    }

    /** {@code names} in their order, joined as the interface language lists names in a sentence. */
    public static String names(Collection<String> names) {
        return String.join(TEXT.get("list.names"), names);
    }
}
