package org.loopwatch.domain;

/**
 * A closed interval of proportions, both bounds fractions in [0, 1].
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (!(lower >= 0 && upper <= 1 && lower <= upper)) {
            throw new IllegalArgumentException("not an interval of proportions: " + lower + " – " + upper);
        }
    }
}
