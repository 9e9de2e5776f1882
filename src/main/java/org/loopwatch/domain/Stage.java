package org.loopwatch.domain;

import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/**
 * Where a PCR test was taken. Arrival tests count newly arrived people tested at the airport;
 * in-loop tests are routine screening of everyone already inside. The two are never mixed in
 * one ratio unless a measure says so explicitly.
 */
public enum Stage {
    ARRIVAL("arrival"),
    IN_LOOP("in_loop");

    private static final Texts TEXT = Texts.of(Stage.class);

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    /** The stable code used in the database, CSV files and on the command line. */
    public String code() {
        return code;
    }

    /** A label for people in the interface language: "Arrival (airport)", "入境（机场）检测". */
    public String label() {
        return TEXT.get("stage." + code);
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
