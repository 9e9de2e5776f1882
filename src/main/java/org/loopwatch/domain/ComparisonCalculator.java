package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Compares the positivity of two groups or rollups over one period and stage scope: both rates
 * with intervals, the rate ratio with Katz's interval, the difference with Newcombe's and the
 * two-sided Fisher exact p-value. {@link ComparisonText} writes it for people.
 */
public final class ComparisonCalculator {

    /** Below this p-value a difference is called "unlikely to be chance". */
    public static final double SIGNIFICANCE = 0.05;

    private ComparisonCalculator() {
    }

    /**
     * Compares two selections over {@code from}–{@code to} inclusive. Both must sum the same
     * stages: comparing A's arrivals with B's screening would compare two kinds of tests.
     */
    public static GroupComparison compare(ResultIndex index, String nameA, Selection a, String nameB, Selection b,
                                          LocalDate from, LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        if (!a.stages().equals(b.stages())) {
            throw new IllegalArgumentException("both sides must sum the same stages: " + a.stages() + " vs "
                    + b.stages());
        }
        return compare(nameA, index.sum(a, from, to), nameB, index.sum(b, from, to), scopeOf(a.stages()), from, to,
                method, level);
    }

    /**
     * Compares two sets of counts summed over {@code from}–{@code to} in {@code scope}. Counts
     * beyond the {@code int} range are handled as described in {@link FisherExact}.
     */
    public static GroupComparison compare(String nameA, Counts a, String nameB, Counts b, StageScope scope,
                                          LocalDate from, LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        RateEstimate estimateA = PositivityCalculator.estimate(a, method, level);
        RateEstimate estimateB = PositivityCalculator.estimate(b, method, level);
        OptionalDouble p = a.hasNoTests() || b.hasNoTests() ? OptionalDouble.empty()
                : OptionalDouble.of(FisherExact.twoSidedP(a, b));
        return new GroupComparison(nameA, estimateA, nameB, estimateB, scope, from, to,
                RateRatioInterval.of(a, b, level), RateDifferenceInterval.of(a, b, level), p);
    }

    private static StageScope scopeOf(Set<Stage> stages) {
        if (stages.size() == 1) {
            return StageScope.of(stages.iterator().next());
        }
        if (stages.equals(Selection.BOTH_STAGES)) {
            return StageScope.BOTH;
        }
        throw new IllegalArgumentException("no stage chosen");
    }
}
