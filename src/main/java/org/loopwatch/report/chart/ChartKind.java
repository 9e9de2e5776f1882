package org.loopwatch.report.chart;

import java.util.Locale;
import java.util.Optional;

/** The four charts of the dashboard and the exports, with their command-line codes (SPEC §7). */
public enum ChartKind {
    /** Trailing-window positivity per group or rollup, with a shaded confidence band. */
    ROLLING("rolling"),
    /** Positives per day, stacked by group. */
    POSITIVES("positives"),
    /** Tests per day, stacked by group. */
    TESTS("tests"),
    /** Positives summed from the loop start, one line per group or rollup. */
    CUMULATIVE("cumulative");

    private final String code;

    ChartKind(String code) {
        this.code = code;
    }

    /** The stable code of {@code export chart --chart}. */
    public String code() {
        return code;
    }

    /** True for the charts whose bars add up groups day by day. */
    public boolean stacksGroups() {
        return this == POSITIVES || this == TESTS;
    }

    /** Parses a code ignoring case and blanks; empty for anything else. */
    public static Optional<ChartKind> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ChartKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
