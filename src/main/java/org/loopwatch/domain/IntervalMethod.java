package org.loopwatch.domain;

import java.util.Locale;
import java.util.Optional;

/** The method of a binomial confidence interval for a positivity. Wilson score is the default. */
public enum IntervalMethod {
    WILSON("wilson", "Wilson score"),
    CLOPPER_PEARSON("clopper-pearson", "Clopper–Pearson (exact)"),
    JEFFREYS("jeffreys", "Jeffreys");

    private final String code;
    private final String label;

    IntervalMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable code for the command line, JSON and settings. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
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
