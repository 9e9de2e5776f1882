package org.loopwatch.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two groups or rollups compared over one period and one stage scope (SPEC §2 Group comparison).
 *
 * @param nameA      name of the first group or rollup, as shown to people
 * @param a          its positivity with confidence interval
 * @param nameB      name of the second
 * @param b          its positivity with confidence interval
 * @param scope      the stages summed on both sides: one stage, or both mixed
 * @param from       first day of the period, inclusive
 * @param to         last day of the period, inclusive
 * @param rateRatio  positivity of A ÷ positivity of B with Katz's interval ({@link RateRatioInterval});
 *                   empty when either side has no tests or no positives: "not defined", never 0 or ∞
 * @param difference positivity of A − positivity of B as a fraction (0.016 is 1.6 percentage points)
 *                   with Newcombe's hybrid score interval ({@link RateDifferenceInterval}); empty
 *                   when either side has no tests
 * @param pValue     two-sided Fisher exact p-value; empty when either side has no tests
 */
public record GroupComparison(String nameA, RateEstimate a, String nameB, RateEstimate b, StageScope scope,
                              LocalDate from, LocalDate to, Optional<EffectEstimate> rateRatio,
                              Optional<EffectEstimate> difference, OptionalDouble pValue) {

    public GroupComparison {
        Objects.requireNonNull(scope, "scope");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    /** True when a p-value exists and is below {@link ComparisonCalculator#SIGNIFICANCE}. */
    public boolean isUnlikelyChance() {
        return pValue.isPresent() && pValue.getAsDouble() < ComparisonCalculator.SIGNIFICANCE;
    }

    /**
     * Whether A's positivity is above (positive), equal to (0) or below (negative) B's, compared
     * exactly by cross-multiplying so 1/100 and 2/200 are equal; 0 when either has no tests.
     */
    public int order() {
        if (a.hasNoTests() || b.hasNoTests()) {
            return 0;
        }
        BigInteger crossA = BigInteger.valueOf(a.counts().positives()).multiply(BigInteger.valueOf(b.counts().tests()));
        BigInteger crossB = BigInteger.valueOf(b.counts().positives()).multiply(BigInteger.valueOf(a.counts().tests()));
        return crossA.compareTo(crossB);
    }
}
