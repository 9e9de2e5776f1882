package org.loopwatch.domain;

import java.util.List;
import org.loopwatch.domain.text.Texts;

/**
 * The groups and colours a new database starts with. Colours are from the Okabe–Ito palette,
 * which stays distinguishable for the common forms of colour blindness.
 */
public final class DefaultGroups {

    /**
     * The colours in the order groups receive them: Okabe–Ito's eight, then four more so that a
     * ninth to twelfth group does not repeat one (stacked charts draw every group at once): Paul
     * Tol's indigo and olive, a dark red and a magenta, each at least ΔE 35 (CIELAB) from every
     * other colour here, on the light chart and as the dark theme draws it.
     */
    public static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
            "#332288", "#999933", "#661100", "#E7298A");

    /** The default groups' names in English, the names of SPEC §2 (and of a database made in English). */
    public static final List<String> NAMES = List.of("Athletes", "Team officials", "Operating staff", "Media");

    private static final Texts TEXT = Texts.of(DefaultGroups.class);
    private static final List<String> KEYS = List.of("athletes", "teamOfficials", "operatingStaff", "media");

    private DefaultGroups() {
    }

    /**
     * The names a new database gives its default groups, in the interface language of the moment
     * (Texts.language(): the app's, or the command's --lang): a database made by a Chinese
     * desk starts with 运动员, 随队官员, 运行保障人员, 媒体. Names are data, stored once: they do not
     * change when the language does later (decision 0037).
     */
    public static List<String> names() {
        return KEYS.stream().map(key -> TEXT.get("defaults.group." + key)).toList();
    }

    /** The default rollup of the first two groups, named as {@link #names()}. */
    public static String athletesAndTeamOfficials() {
        return TEXT.get("defaults.rollup.athletesAndTeamOfficials");
    }

    /** The default rollup of every group, named as {@link #names()}. */
    public static String allGroups() {
        return TEXT.get("defaults.rollup.allGroups");
    }

    /** The colour for the n-th group (0-based), cycling through the palette. */
    public static String colourFor(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }
}
