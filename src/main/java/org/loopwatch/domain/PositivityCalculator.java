package org.loopwatch.domain;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/**
 * Positivity (ratio of sums) and its binomial confidence interval through Apache Commons
 * Statistics.
 */
public final class PositivityCalculator {

    private PositivityCalculator() {
    }

    /**
     * Estimates positivity = positives ÷ tests with a confidence interval.
     *
     * <p>Returns an estimate with empty positivity and interval when tests is 0. With 0 positives
     * the lower bound is exactly 0; with positives = tests the upper bound is exactly 1.
     *
     * <p>The library takes {@code int} counts. Beyond {@link Integer#MAX_VALUE} tests, all three
     * methods agree to far more digits than are ever shown, so the Wilson score formula is used
     * directly on the {@code long} counts (see {@link LargeSampleWilson}).
     */
    public static RateEstimate estimate(Counts counts, IntervalMethod method, ConfidenceLevel level) {
        if (counts.hasNoTests()) {
            return new RateEstimate(counts, OptionalDouble.empty(), Optional.empty(), method, level);
        }
        double positivity = (double) counts.positives() / counts.tests();
        Interval interval = interval(counts, method, level);
        return new RateEstimate(counts, OptionalDouble.of(positivity), Optional.of(interval), method, level);
    }

    /** Estimate with Wilson score at 95 %. */
    public static RateEstimate estimate(Counts counts) {
        return estimate(counts, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
    }

    private static Interval interval(Counts counts, IntervalMethod method, ConfidenceLevel level) {
        double lower;
        double upper;
        if (counts.tests() > Integer.MAX_VALUE) {
            double[] bounds = LargeSampleWilson.bounds(counts.tests(), counts.positives(), level.alpha());
            lower = bounds[0];
            upper = bounds[1];
        } else {
            org.apache.commons.statistics.interval.Interval result = library(method)
                    .fromErrorRate((int) counts.tests(), (int) counts.positives(), level.alpha());
            lower = result.getLowerBound();
            upper = result.getUpperBound();
        }
        // Pin the bounds the definition fixes, so rounding noise never shows "0.000001 %".
        if (counts.positives() == 0) {
            lower = 0;
        }
        if (counts.positives() == counts.tests()) {
            upper = 1;
        }
        return new Interval(clamp(lower), clamp(upper));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static BinomialConfidenceInterval library(IntervalMethod method) {
        return switch (method) {
            case WILSON -> BinomialConfidenceInterval.WILSON_SCORE;
            case CLOPPER_PEARSON -> BinomialConfidenceInterval.CLOPPER_PEARSON;
            case JEFFREYS -> BinomialConfidenceInterval.JEFFREYS;
        };
    }
}
