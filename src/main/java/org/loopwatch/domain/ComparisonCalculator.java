package org.loopwatch.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Compares the positivity of two groups or rollups: both rates with intervals, rate ratio,
 * difference and the two-sided Fisher exact p-value, plus a sentence for people.
 */
public final class ComparisonCalculator {

    /** Below this p-value a difference is called "unlikely to be chance". */
    public static final double SIGNIFICANCE = 0.05;

    private ComparisonCalculator() {
    }

    /** Compares two selections over {@code from}–{@code to} inclusive. */
    public static GroupComparison compare(ResultIndex index, String nameA, Selection a, String nameB, Selection b,
                                          LocalDate from, LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        return compare(nameA, index.sum(a, from, to), nameB, index.sum(b, from, to), method, level);
    }

    /**
     * Compares two sets of counts. Counts beyond the {@code int} range are handled as
     * described in {@link FisherExact}.
     */
    public static GroupComparison compare(String nameA, Counts a, String nameB, Counts b,
                                          IntervalMethod method, ConfidenceLevel level) {
        RateEstimate estimateA = PositivityCalculator.estimate(a, method, level);
        RateEstimate estimateB = PositivityCalculator.estimate(b, method, level);
        if (a.hasNoTests() || b.hasNoTests()) {
            return new GroupComparison(nameA, estimateA, nameB, estimateB, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), noTestsReading(nameA, a, nameB, b));
        }
        double rateA = estimateA.positivity().getAsDouble();
        double rateB = estimateB.positivity().getAsDouble();
        OptionalDouble ratio = rateB == 0 ? OptionalDouble.empty() : OptionalDouble.of(rateA / rateB);
        double p = FisherExact.twoSidedP(a, b);
        return new GroupComparison(nameA, estimateA, nameB, estimateB, ratio, OptionalDouble.of(rateA - rateB),
                OptionalDouble.of(p), reading(nameA, a, nameB, b, p));
    }

    private static String noTestsReading(String nameA, Counts a, String nameB, Counts b) {
        if (a.hasNoTests() && b.hasNoTests()) {
            return "Neither " + nameA + " nor " + nameB + " had any tests in this period, so there is nothing to compare.";
        }
        String without = a.hasNoTests() ? nameA : nameB;
        return without + " had no tests in this period, so there is nothing to compare.";
    }

    private static String reading(String nameA, Counts a, String nameB, Counts b, double p) {
        // Compare exactly by cross-multiplying, so equal rates such as 1/100 and 2/200 read "the same".
        int order = BigInteger.valueOf(a.positives()).multiply(BigInteger.valueOf(b.tests()))
                .compareTo(BigInteger.valueOf(b.positives()).multiply(BigInteger.valueOf(a.tests())));
        String pText = "(p " + (p < 0.001 ? "" : "= ") + RateFormat.pValue(p) + ")";
        if (order == 0) {
            return nameA + " and " + nameB + " have the same positivity " + pText + ".";
        }
        String direction = order > 0 ? "higher" : "lower";
        String chance = p < SIGNIFICANCE
                ? "and a difference this large is unlikely to be chance"
                : "but a difference this large could be chance";
        return nameA + " positivity is " + direction + " than " + nameB + ", " + chance + " " + pText + ".";
    }
}
