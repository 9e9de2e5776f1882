package org.loopwatch.domain;

/**
 * A measure that compares two positivities, with its confidence interval: a rate ratio (no unit,
 * 1 means equal) or a difference of positivities (a fraction: 0.016 is 1.6 percentage points,
 * negative when the first is lower).
 *
 * @param value the estimate
 * @param lower the lower confidence bound, at most {@code value}
 * @param upper the upper confidence bound, at least {@code value}
 * @param level the confidence level of the bounds
 */
public record EffectEstimate(double value, double lower, double upper, ConfidenceLevel level) {

    public EffectEstimate {
        if (!(lower <= value && value <= upper)) {
            throw new IllegalArgumentException("bounds do not hold the estimate: " + lower + " ≤ " + value + " ≤ "
                    + upper);
        }
    }

    /** True when the interval contains {@code x}, e.g. 1 for a ratio or 0 for a difference. */
    public boolean includes(double x) {
        return lower <= x && x <= upper;
    }
}
