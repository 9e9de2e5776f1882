package org.loopwatch.domain;

import java.util.List;

/**
 * The groups and colours a new database starts with. Colours are from the Okabe–Ito palette,
 * which stays distinguishable for the common forms of colour blindness.
 */
public final class DefaultGroups {

    /** Okabe–Ito colours in the order groups receive them. */
    public static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    public static final List<String> NAMES = List.of("Athletes", "Team officials", "Operating staff", "Media");

    private DefaultGroups() {
    }

    /** The colour for the n-th group (0-based), cycling through the palette. */
    public static String colourFor(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }
}
