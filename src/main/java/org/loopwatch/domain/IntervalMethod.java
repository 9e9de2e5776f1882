package org.loopwatch.domain;

import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/** The method of a binomial confidence interval for a positivity. Wilson score is the default. */
public enum IntervalMethod {
    WILSON("wilson"),
    CLOPPER_PEARSON("clopper-pearson"),
    JEFFREYS("jeffreys");

    private static final Texts TEXT = Texts.of(IntervalMethod.class);

    private final String code;

    IntervalMethod(String code) {
        this.code = code;
    }

    /** Stable code for the command line, JSON and settings. */
    public String code() {
        return code;
    }

    /** The method's name in the interface language: "Wilson score", "Wilson 得分区间". */
    public String label() {
        return TEXT.get("method." + code);
    }

    public static Optional<IntervalMethod> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (IntervalMethod method : values()) {
            if (method.code.equals(wanted)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
