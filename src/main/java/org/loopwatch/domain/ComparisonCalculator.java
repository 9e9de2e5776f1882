package org.loopwatch.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.loopwatch.domain.text.Texts;

/**
 * Compares the positivity of two groups or rollups: both rates with intervals, rate ratio,
 * difference and the two-sided Fisher exact p-value, plus a sentence for people.
 */
public final class ComparisonCalculator {

    /** Below this p-value a difference is called "unlikely to be chance". */
    public static final double SIGNIFICANCE = 0.05;

    private static final Texts TEXT = Texts.of(ComparisonCalculator.class);

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
            return TEXT.format("compare.neitherTested", nameA, nameB);
        }
        return TEXT.format("compare.oneUntested", a.hasNoTests() ? nameA : nameB);
    }

    private static String reading(String nameA, Counts a, String nameB, Counts b, double p) {
        // Compare exactly by cross-multiplying, so equal rates such as 1/100 and 2/200 read "the same".
        int order = BigInteger.valueOf(a.positives()).multiply(BigInteger.valueOf(b.tests()))
                .compareTo(BigInteger.valueOf(b.positives()).multiply(BigInteger.valueOf(a.tests())));
        String pText = TEXT.format(p < 0.001 ? "compare.pBelow" : "compare.p", RateFormat.pValue(p));
        if (order == 0) {
            return TEXT.format("compare.same", nameA, nameB, pText);
        }
        String key = (order > 0 ? "compare.higher" : "compare.lower")
                + (p < SIGNIFICANCE ? "UnlikelyChance" : "CouldBeChance");
        return TEXT.format(key, nameA, nameB, pText);
    }
}
