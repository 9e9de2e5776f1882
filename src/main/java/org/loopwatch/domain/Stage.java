package org.loopwatch.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a PCR test was taken. Arrival tests count newly arrived people tested at the airport;
 * in-loop tests are routine screening of everyone already inside. The two are never mixed in
 * one ratio unless a measure says so explicitly.
 */
public enum Stage {
    ARRIVAL("arrival", "Arrival (airport)"),
    IN_LOOP("in_loop", "In-loop screening");

    private final String code;
    private final String label;

    Stage(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable code used in the database, CSV files and on the command line. */
    public String code() {
        return code;
    }

    /** A label for people. */
    public String label() {
        return label;
    }

    /** Parses a stage code ({@code arrival} or {@code in_loop}), ignoring case and surrounding blanks. */
    public static Optional<Stage> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.code.equals(wanted)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
