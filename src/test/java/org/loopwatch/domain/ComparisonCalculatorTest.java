package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonCalculatorTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);

    private static GroupComparison compare(String nameA, Counts a, String nameB, Counts b) {
        return ComparisonCalculator.compare(nameA, a, nameB, b, StageScope.ARRIVAL, JAN_4, JAN_22,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void thePressFramingLooksUnlikelyToBeChance() {
        GroupComparison comparison = compare("Operating staff", new Counts(2586, 72), "Athletes", new Counts(171, 0));

        assertThat(comparison.pValue().orElseThrow()).isCloseTo(0.0214, within(0.00005));
        assertThat(comparison.isUnlikelyChance()).isTrue();
    }

    @Test
    void theHonestArrivalComparisonCouldBeChance() {
        GroupComparison comparison = compare("Operating staff", new Counts(2415, 39), "Athletes", new Counts(171, 0));

        assertThat(comparison.pValue().orElseThrow()).isCloseTo(0.108, within(0.0005));
        assertThat(comparison.isUnlikelyChance()).isFalse();
        assertThat(comparison.difference().orElseThrow().includes(0)).isTrue();
    }

    @Test
    void givesBothRatesTheirDifferenceAndRatio() {
        GroupComparison comparison = compare("Media", new Counts(1000, 30), "Athletes", new Counts(2000, 20));

        assertThat(comparison.a().positivity()).hasValue(0.03);
        assertThat(comparison.b().positivity()).hasValue(0.01);
        assertThat(comparison.a().interval()).isPresent();
        assertThat(comparison.rateRatio().orElseThrow().value()).isCloseTo(3.0, within(1e-12));
        assertThat(comparison.rateRatio().orElseThrow().lower()).isCloseTo(1.712466, within(1e-6));
        assertThat(comparison.difference().orElseThrow().value()).isCloseTo(0.02, within(1e-12));
        assertThat(comparison.difference().orElseThrow().lower()).isCloseTo(0.0095867, within(1e-6));
    }

    @Test
    void theRatioIsUndefinedWhenTheSecondRateIsZeroButTheDifferenceIsNot() {
        GroupComparison comparison = compare("Operating staff", new Counts(2586, 72), "Athletes", new Counts(171, 0));

        assertThat(comparison.rateRatio()).isEmpty();
        assertThat(comparison.difference().orElseThrow().value()).isCloseTo(72.0 / 2586, within(1e-12));
    }

    @Test
    void aFirstSideWithoutPositivesHasNoRatioEitherNeverZero() {
        GroupComparison comparison = compare("Athletes", new Counts(171, 0), "Operating staff", new Counts(2586, 72));

        assertThat(comparison.rateRatio()).isEmpty();
        assertThat(comparison.difference().orElseThrow().value()).isNegative();
        assertThat(comparison.order()).isNegative();
    }

    @Test
    void equalRatesReadTheSame() {
        GroupComparison comparison = compare("Athletes", new Counts(100, 1), "Media", new Counts(200, 2));

        assertThat(comparison.rateRatio().orElseThrow().value()).isCloseTo(1.0, within(1e-12));
        assertThat(comparison.pValue().orElseThrow()).isCloseTo(1.0, within(1e-9));
        assertThat(comparison.order()).isZero();
    }

    @Test
    void aGroupWithoutTestsGivesNoComparison() {
        GroupComparison comparison = compare("Athletes", Counts.ZERO, "Media", new Counts(200, 2));

        assertThat(comparison.a().positivity()).isEmpty();
        assertThat(comparison.b().positivity()).isPresent();
        assertThat(comparison.rateRatio()).isEmpty();
        assertThat(comparison.difference()).isEmpty();
        assertThat(comparison.pValue()).isEmpty();
        assertThat(comparison.isUnlikelyChance()).isFalse();
    }

    @Test
    void neitherGroupWithTestsSaysSo() {
        GroupComparison comparison = compare("Athletes", Counts.ZERO, "Media", Counts.ZERO);

        assertThat(comparison.pValue()).isEmpty();
        assertThat(comparison.difference()).isEmpty();
    }

    @Test
    void countsBeyondTheIntRangeAgreeWithTheExactTestJustBelowIt() {
        // 5 vs 0 positives in equal halves: exact conditional p = 2 × (1/2)^5 = 0.0625.
        double belowIntRange = compare("A", new Counts(1_000_000_000L, 5), "B", new Counts(1_000_000_000L, 0))
                .pValue().orElseThrow();
        double beyondIntRange = compare("A", new Counts(3_000_000_000L, 5), "B", new Counts(3_000_000_000L, 0))
                .pValue().orElseThrow();

        assertThat(belowIntRange).isCloseTo(0.0625, within(1e-6));
        assertThat(beyondIntRange).isCloseTo(0.0625, within(1e-6));
    }

    @Test
    void manyPositivesBeyondTheIntRangeStillGiveASaneP() {
        GroupComparison same = compare("A", new Counts(3_000_000_000L, 2_000_000), "B",
                new Counts(3_000_000_000L, 2_000_000));
        GroupComparison apart = compare("A", new Counts(3_000_000_000L, 2_100_000), "B",
                new Counts(3_000_000_000L, 2_000_000));

        assertThat(same.pValue().orElseThrow()).isCloseTo(1.0, within(1e-9));
        assertThat(apart.pValue().orElseThrow()).isLessThan(1e-6);
    }

    @Test
    void comparingTwoSelectionsOfDifferentStagesIsRefused() {
        ResultIndex index = ResultIndex.of(java.util.List.of());
        Selection arrivals = new Selection(Set.of(1L), Set.of(Stage.ARRIVAL));
        Selection screening = new Selection(Set.of(2L), Set.of(Stage.IN_LOOP));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComparisonCalculator.compare(index, "A", arrivals,
                "B", screening, JAN_4, JAN_22, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same stages");
    }
}
