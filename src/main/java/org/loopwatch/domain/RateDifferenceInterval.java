package org.loopwatch.domain;

import java.util.Optional;

/**
 * The difference of two positivities with Newcombe's hybrid score interval (Newcombe 1998,
 * Statistics in Medicine 17:873–890, method 10). It is built from the Wilson score interval of
 * each positivity, [l₁, u₁] and [l₂, u₂], without continuity correction: with d = p₁ − p₂,
 * <pre>
 *   lower = d − √((p₁ − l₁)² + (u₂ − p₂)²)
 *   upper = d + √((u₁ − p₁)² + (p₂ − l₂)²)
 * </pre>
 * Unlike the Wald interval it stays inside [−1, 1] and is sensible with 0 positives on a side,
 * which is exactly where closed-loop comparisons live (0 of 171 athletes).
 *
 * <p>The Wilson intervals are always used here, whatever method the two rates are shown with: the
 * method is defined on them.
 */
public final class RateDifferenceInterval {

    private RateDifferenceInterval() {
    }

    /**
     * A's positivity minus B's, as a fraction, with its interval at {@code level}; empty when
     * either has no tests.
     */
    public static Optional<EffectEstimate> of(Counts a, Counts b, ConfidenceLevel level) {
        if (a.hasNoTests() || b.hasNoTests()) {
            return Optional.empty();
        }
        RateEstimate first = PositivityCalculator.estimate(a, IntervalMethod.WILSON, level);
        RateEstimate second = PositivityCalculator.estimate(b, IntervalMethod.WILSON, level);
        double p1 = first.positivity().getAsDouble();
        double p2 = second.positivity().getAsDouble();
        Interval w1 = first.interval().orElseThrow();
        Interval w2 = second.interval().orElseThrow();
        double difference = p1 - p2;
        double lower = difference - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double upper = difference + Math.hypot(w1.upper() - p1, p2 - w2.lower());
        return Optional.of(new EffectEstimate(difference, Math.max(-1, lower), Math.min(1, upper), level));
    }
}
