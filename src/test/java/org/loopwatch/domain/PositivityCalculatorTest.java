package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PositivityCalculatorTest {

    /** Half a thousandth of a percent: the SPEC gives three decimals of a percent. */
    private static final double THREE_DECIMALS_OF_A_PERCENT = 0.000005;

    @ParameterizedTest(name = "{0}/{1} with {2} gives {3}–{4} %")
    @CsvSource({
        "72, 2586, WILSON, 2.217, 3.492",
        "72, 2586, CLOPPER_PEARSON, 2.185, 3.494",
        "0, 171, WILSON, 0, 2.197",
        "0, 171, CLOPPER_PEARSON, 0, 2.134",
        "6, 75, WILSON, 3.718, 16.375",
        "6, 75, CLOPPER_PEARSON, 2.993, 16.604",
        // Jeffreys = Beta(x + ½, n − x + ½) quantiles; checked against scipy.stats.beta.ppf.
        "6, 75, JEFFREYS, 3.408, 15.746",
        "72, 2586, JEFFREYS, 2.202, 3.472",
        "0, 171, JEFFREYS, 0, 1.456",
    })
    void reproducesTheReferenceIntervalsAtNinetyFivePercent(long positives, long tests, IntervalMethod method,
                                                            double lowerPercent, double upperPercent) {
        RateEstimate estimate = PositivityCalculator.estimate(new Counts(tests, positives), method,
                ConfidenceLevel.NINETY_FIVE);

        Interval interval = estimate.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(lowerPercent / 100, within(THREE_DECIMALS_OF_A_PERCENT));
        assertThat(interval.upper()).isCloseTo(upperPercent / 100, within(THREE_DECIMALS_OF_A_PERCENT));
    }

    @ParameterizedTest(name = "{0}/{1} is {2} %")
    @CsvSource({"72, 2586, 2.784", "0, 171, 0", "6, 75, 8.000"})
    void positivityIsPositivesOverTests(long positives, long tests, double percent) {
        RateEstimate estimate = PositivityCalculator.estimate(new Counts(tests, positives));

        assertThat(estimate.positivity().orElseThrow()).isCloseTo(percent / 100, within(THREE_DECIMALS_OF_A_PERCENT));
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void noTestsGiveNeitherAPositivityNorAnInterval(IntervalMethod method) {
        RateEstimate estimate = PositivityCalculator.estimate(Counts.ZERO, method, ConfidenceLevel.NINETY_FIVE);

        assertThat(estimate.hasNoTests()).isTrue();
        assertThat(estimate.positivity()).isEmpty();
        assertThat(estimate.interval()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void zeroPositivesHaveALowerBoundOfExactlyZero(IntervalMethod method) {
        RateEstimate estimate = PositivityCalculator.estimate(new Counts(175, 0), method, ConfidenceLevel.NINETY_NINE);

        assertThat(estimate.positivity().orElseThrow()).isZero();
        assertThat(estimate.interval().orElseThrow().lower()).isZero();
        assertThat(estimate.interval().orElseThrow().upper()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void allPositiveHasAnUpperBoundOfExactlyOne(IntervalMethod method) {
        RateEstimate estimate = PositivityCalculator.estimate(new Counts(12, 12), method, ConfidenceLevel.NINETY_FIVE);

        assertThat(estimate.positivity().orElseThrow()).isEqualTo(1.0);
        assertThat(estimate.interval().orElseThrow().upper()).isEqualTo(1.0);
        assertThat(estimate.interval().orElseThrow().lower()).isLessThan(1.0);
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void ninetyPercentIsNarrowerAndNinetyNinePercentWiderThanNinetyFive(IntervalMethod method) {
        Counts counts = new Counts(2586, 72);
        double width90 = width(PositivityCalculator.estimate(counts, method, ConfidenceLevel.NINETY));
        double width95 = width(PositivityCalculator.estimate(counts, method, ConfidenceLevel.NINETY_FIVE));
        double width99 = width(PositivityCalculator.estimate(counts, method, ConfidenceLevel.NINETY_NINE));

        assertThat(width90).isLessThan(width95);
        assertThat(width99).isGreaterThan(width95);
    }

    @Test
    void countsBeyondTheIntRangeGiveASaneIntervalWithoutOverflow() {
        Counts sum = Counts.ZERO;
        for (int day = 0; day < 5; day++) {
            sum = sum.plus(2_000_000_000L, 200_000L);
        }

        RateEstimate estimate = PositivityCalculator.estimate(sum, IntervalMethod.CLOPPER_PEARSON,
                ConfidenceLevel.NINETY_FIVE);

        assertThat(sum.tests()).isEqualTo(10_000_000_000L);
        assertThat(estimate.positivity().orElseThrow()).isCloseTo(0.0001, within(1e-12));
        Interval interval = estimate.interval().orElseThrow();
        assertThat(interval.lower()).isLessThan(0.0001).isGreaterThan(0.0000995);
        assertThat(interval.upper()).isGreaterThan(0.0001).isLessThan(0.0001005);
    }

    private static double width(RateEstimate estimate) {
        Interval interval = estimate.interval().orElseThrow();
        return interval.upper() - interval.lower();
    }
}
