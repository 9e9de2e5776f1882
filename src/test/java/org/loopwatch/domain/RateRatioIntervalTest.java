package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Katz's log interval (Katz, Baptista, Azen and Pike 1978): SE(ln RR) = √(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂),
 * bounds exp(ln RR ∓ z·SE), z = 1.959964 at 95 %. Every expected value below is worked by hand from
 * that formula.
 */
class RateRatioIntervalTest {

    private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

    @Test
    void thirtyInAThousandAgainstTwentyInTwoThousandIsThreeTimesWithKatzsBounds() {
        // RR = (30/1000) ÷ (20/2000) = 0.03 ÷ 0.01 = 3.
        // SE = √(1/30 − 1/1000 + 1/20 − 1/2000) = √(0.0333333 − 0.001 + 0.05 − 0.0005) = √0.0818333 = 0.286065.
        // z·SE = 1.959964 × 0.286065 = 0.560677; exp(∓0.560677) = 0.570822 / 1.751859.
        // Bounds: 3 × 0.570822 = 1.712466 and 3 × 1.751859 = 5.255578.
        EffectEstimate ratio = RateRatioInterval.of(new Counts(1000, 30), new Counts(2000, 20), L95).orElseThrow();

        assertThat(ratio.value()).isCloseTo(3.0, within(1e-12));
        assertThat(ratio.lower()).isCloseTo(1.712466, within(1e-6));
        assertThat(ratio.upper()).isCloseTo(5.255578, within(1e-6));
        assertThat(ratio.level()).isEqualTo(L95);
    }

    @Test
    void aLowerFirstRateGivesARatioBelowOneWithAnAsymmetricInterval() {
        // The SPEC's cases 72/2,586 vs 6/75: RR = 0.0278422 ÷ 0.08 = 0.348028.
        // SE = √(1/72 − 1/2586 + 1/6 − 1/75) = √(0.0138889 − 0.0003867 + 0.1666667 − 0.0133333) = √0.1668356
        //    = 0.408455; z·SE = 0.800557; bounds 0.348028 × exp(∓0.800557) = 0.156292 and 0.774982.
        EffectEstimate ratio = RateRatioInterval.of(new Counts(2586, 72), new Counts(75, 6), L95).orElseThrow();

        assertThat(ratio.value()).isCloseTo(0.348028, within(1e-6));
        assertThat(ratio.lower()).isCloseTo(0.156292, within(1e-6));
        assertThat(ratio.upper()).isCloseTo(0.774982, within(1e-6));
    }

    @Test
    void aNinetyNinePercentIntervalIsWiderThanTheNinetyFivePercentOne() {
        // z = 2.575829 at 99 %: z·SE = 2.575829 × 0.286065 = 0.736855; exp(∓0.736855) = 0.478617 / 2.089355.
        // Bounds: 3 × 0.478617 = 1.435850 and 3 × 2.089355 = 6.268064.
        EffectEstimate ratio = RateRatioInterval.of(new Counts(1000, 30), new Counts(2000, 20),
                ConfidenceLevel.NINETY_NINE).orElseThrow();

        assertThat(ratio.lower()).isCloseTo(1.435850, within(1e-6));
        assertThat(ratio.upper()).isCloseTo(6.268064, within(1e-6));
    }

    @Test
    void aSideWithoutPositivesHasNoRatioAtAll() {
        // 0 positives: ln 0 and 1/x do not exist. "not defined", never 0.0 or infinity.
        assertThat(RateRatioInterval.of(new Counts(2415, 39), new Counts(171, 0), L95)).isEmpty();
        assertThat(RateRatioInterval.of(new Counts(171, 0), new Counts(2415, 39), L95)).isEmpty();
        assertThat(RateRatioInterval.of(new Counts(171, 0), new Counts(175, 0), L95)).isEmpty();
        assertThat(RateRatioInterval.of(Counts.ZERO, new Counts(175, 3), L95)).isEmpty();
    }

    @Test
    void everyTestPositiveOnBothSidesGivesRatioOneWithAPointInterval() {
        // SE = √(1/10 − 1/10 + 1/5 − 1/5) = 0: the interval is the point 1.
        EffectEstimate ratio = RateRatioInterval.of(new Counts(10, 10), new Counts(5, 5), L95).orElseThrow();

        assertThat(ratio.value()).isEqualTo(1.0);
        assertThat(ratio.lower()).isEqualTo(1.0);
        assertThat(ratio.upper()).isEqualTo(1.0);
    }
}
