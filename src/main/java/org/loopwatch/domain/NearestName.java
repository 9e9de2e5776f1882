package org.loopwatch.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one name a mistyped name was most likely meant to be ("Atheletes" → "Athletes"), for the
 * "did you mean" of a message that refuses an unknown group or rollup. A suggestion only: nothing
 * is ever matched to it without the person typing it.
 *
 * <p>Names are compared ignoring case, surrounding blanks and runs of blanks, by the number of
 * single characters inserted, removed, replaced, or two neighbours swapped (the optimal string
 * alignment distance) over code points, so a Chinese name is judged character by character. A
 * name is suggested when it is at most 1 such edit away for a typed name of 3–5 characters, at most
 * 2 for a longer one — none for 1 or 2 characters, where one edit is half the name — and when no
 * other name is as near: a tie suggests nothing rather than a guess.
 */
public final class NearestName {

    /* Compiled once: the entry validator asks on every row of a file that names an unknown group. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private NearestName() {
    }

    /** The name of {@code names} that {@code typed} most likely meant; empty when none is near, or two are equally near. */
    public static Optional<String> meant(String typed, Collection<String> names) {
        if (typed == null) {
            return Optional.empty();
        }
        int[] wanted = folded(typed);
        int allowed = wanted.length <= 2 ? 0 : wanted.length <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : names) {
            int distance = distance(wanted, folded(name), allowed);
            if (distance == 0) {
                return Optional.empty(); // the typed name exists (in another case): nothing was mistyped
            }
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return bestDistance <= allowed && !tie ? Optional.of(best) : Optional.empty();
    }

    private static int[] folded(String name) {
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT).codePoints().toArray();
    }

    /* Optimal string alignment distance, or {@code limit + 1} as soon as it must exceed the limit. */
    private static int distance(int[] a, int[] b, int limit) {
        if (Math.abs(a.length - b.length) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length][b.length], limit + 1);
    }
}
