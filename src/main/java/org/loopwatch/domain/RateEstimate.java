package org.loopwatch.domain;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A positivity with its confidence interval.
 *
 * @param counts     the summed tests and positives
 * @param positivity positives ÷ tests as a fraction; empty when tests is 0 ("no tests")
 * @param interval   the confidence interval; empty when tests is 0
 */
public record RateEstimate(Counts counts, OptionalDouble positivity, Optional<Interval> interval,
                           IntervalMethod method, ConfidenceLevel level) {

    public boolean hasNoTests() {
        return counts.hasNoTests();
    }
}
