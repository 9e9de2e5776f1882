package org.loopwatch.domain;

import java.util.List;
import java.util.Optional;

/**
 * A two-sided confidence level, one of 90 %, 95 % (the default) or 99 %.
 *
 * @param value the level as a fraction, e.g. {@code 0.95}
 */
public record ConfidenceLevel(double value) {

    public static final ConfidenceLevel NINETY = new ConfidenceLevel(0.90);
    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);
    public static final ConfidenceLevel NINETY_NINE = new ConfidenceLevel(0.99);
    public static final List<ConfidenceLevel> CHOICES = List.of(NINETY, NINETY_FIVE, NINETY_NINE);

    public ConfidenceLevel {
        if (!(value == 0.90 || value == 0.95 || value == 0.99)) {
            throw new IllegalArgumentException("confidence level must be 0.90, 0.95 or 0.99, not " + value);
        }
    }

    /** Parses "0.95", "95" or "95%"; empty for anything else. */
    public static Optional<ConfidenceLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("%", "").strip();
        try {
            double number = Double.parseDouble(cleaned);
            double fraction = number > 1 ? number / 100 : number;
            for (ConfidenceLevel level : CHOICES) {
                if (Math.abs(level.value - fraction) < 1e-9) {
                    return Optional.of(level);
                }
            }
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The error rate alpha = 1 − level. */
    public double alpha() {
        return 1 - value;
    }

    /** Whole percent, e.g. 95. */
    public int percent() {
        return (int) Math.round(value * 100);
    }
}
