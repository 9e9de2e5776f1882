package org.loopwatch.domain;

import java.util.OptionalDouble;

/**
 * The outcome of checking one day of one group/stage against its 14-day baseline.
 *
 * @param day       the day's tests and positives
 * @param baseline  tests and positives summed over the 14 days before the day
 * @param p0        baseline positivity (fraction); empty when the baseline has no tests
 * @param pValue    one-sided P(X ≥ positives | tests, p0); empty without a baseline
 * @param flagged   true when {@code pValue} is below {@link ExceedanceDetector#THRESHOLD} and the
 *                  day has at least {@link ExceedanceDetector#MIN_POSITIVES} positives
 */
public record Exceedance(Counts day, Counts baseline, OptionalDouble p0, OptionalDouble pValue, boolean flagged) {

    /** True when no baseline existed, so the day could not be judged. */
    public boolean hasNoBaseline() {
        return p0.isEmpty();
    }
}
