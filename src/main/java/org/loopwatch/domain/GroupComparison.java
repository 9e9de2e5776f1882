package org.loopwatch.domain;

import java.util.OptionalDouble;

/**
 * Two groups or rollups compared over one period.
 *
 * @param nameA      name of the first group or rollup, as shown to people
 * @param a          its positivity with confidence interval
 * @param nameB      name of the second
 * @param b          its positivity with confidence interval
 * @param rateRatio  positivity of A ÷ positivity of B; empty when either has no tests or B's
 *                   positivity is 0 (the ratio would be infinite or undefined, never shown)
 * @param difference positivity of A − positivity of B, as a fraction (0.028 is 2.8 percentage
 *                   points); empty when either has no tests
 * @param pValue     two-sided Fisher exact p-value; empty when either has no tests
 * @param reading    one sentence in plain English saying what the numbers mean
 */
public record GroupComparison(String nameA, RateEstimate a, String nameB, RateEstimate b,
                              OptionalDouble rateRatio, OptionalDouble difference, OptionalDouble pValue,
                              String reading) {

    /** True when a p-value exists and is below {@link ComparisonCalculator#SIGNIFICANCE}. */
    public boolean isUnlikelyChance() {
        return pValue.isPresent() && pValue.getAsDouble() < ComparisonCalculator.SIGNIFICANCE;
    }
}
