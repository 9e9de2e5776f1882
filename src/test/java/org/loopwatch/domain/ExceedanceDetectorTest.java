package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.loopwatch.domain.ResultIndexTest.ATHLETES;
import static org.loopwatch.domain.ResultIndexTest.STAFF;
import static org.loopwatch.domain.ResultIndexTest.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The alert rule of SPEC §2 against hand-computed tails. The oracle is the exact binomial survival
 * function, computed in rationals (scipy's {@code binom.sf(x - 1, n, p0)} gives the same digits):
 *
 * <pre>
 * from fractions import Fraction
 * from math import comb
 * def sf(x, n, p):                       # P(X >= x | n, p), exact
 *     return 1 - sum(comb(n, k) * p**k * (1 - p)**(n - k) for k in range(x))
 * def case(x, n, x0, n0):
 *     p0 = Fraction(2 * x0 + 1, 2 * (n0 + 1))   # Jeffreys half-count (x0 + 1/2) / (n0 + 1)
 *     return float(p0), float(sf(x, n, p0))
 * case(3, 3487, 0, 2290)     # Tokyo 17 July if it were judged: p0 0.000218245307726, P 0.0419647962119
 * case(8, 1000, 14, 14000)   # a jump:                         p0 0.00103564031141,  P 1.28693778937e-05
 * case(3, 1000, 14, 14000)   # usual variation:                p0 0.00103564031141,  P 0.0868773292096
 * case(6, 1000, 7, 7000)     # seven-day baseline:             p0 0.00107127553207,  P 0.00083746539278
 * case(2, 10, 0, 5000)       # two after a zero baseline:      p0 9.99800039992e-05, P 4.49580260868e-07
 * case(2, 3487, 0, 32200)    # two in a big day, zero baseline: p0 1.55274680911e-05, P 0.00141357404143
 * </pre>
 */
class ExceedanceDetectorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 1);
    private static final ResultKey CELL = new ResultKey(DAY, STAFF.id(), Stage.IN_LOOP);

    /** {@code days} baseline days of {@code tests} tests with 1 positive each, then the checked day. */
    private static ResultIndex baselineThen(int days, long tests, long dayTests, long dayPositives) {
        List<DailyResult> rows = new ArrayList<>();
        for (int back = 1; back <= days; back++) {
            rows.add(row(DAY.minusDays(back), STAFF, Stage.IN_LOOP, tests, 1));
        }
        rows.add(row(DAY, STAFF, Stage.IN_LOOP, dayTests, dayPositives));
        return ResultIndex.of(rows);
    }

    private static Exceedance check(ResultIndex index) {
        return ExceedanceDetector.check(index, DAY, STAFF.id(), Stage.IN_LOOP).orElseThrow();
    }

    @Test
    void aRealJumpAfterATwoWeekBaselineIsFlagged() {
        Exceedance result = check(baselineThen(14, 1000, 1000, 8));

        assertThat(result.baselineDays()).isEqualTo(14);
        assertThat(result.baseline()).isEqualTo(new Counts(14_000, 14));
        assertThat(result.p0().orElseThrow()).isCloseTo(0.00103564031141, within(1e-14));
        assertThat(result.pValue().orElseThrow()).isCloseTo(1.28693778937e-05, within(1e-15));
        assertThat(result.reasons()).containsExactly(AlertReason.UNUSUAL_FOR_BASELINE);
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void aDayWithinTheUsualVariationIsNotFlagged() {
        Exceedance result = check(baselineThen(14, 1000, 1000, 3));

        assertThat(result.pValue().orElseThrow()).isCloseTo(0.0868773292096, within(1e-12));
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void theTokyoSecondDayIsNotFlaggedForWantOfABaseline() {
        LocalDate july17 = LocalDate.of(2021, 7, 17);
        ResultIndex tokyo = ResultIndex.of(List.of(
                row(july17.minusDays(1), ATHLETES, Stage.ARRIVAL, 2_290, 0),
                row(july17, ATHLETES, Stage.ARRIVAL, 3_487, 3)));

        Exceedance result = ExceedanceDetector.check(tokyo, july17, ATHLETES.id(), Stage.ARRIVAL).orElseThrow();

        assertThat(result.baselineDays()).isEqualTo(1);
        assertThat(result.hasNoBaseline()).isTrue();
        assertThat(result.pValue()).isEmpty();
        assertThat(result.flagged()).isFalse();
        assertThat(ExceedanceDetector.flaggedDates(tokyo, ATHLETES.id(), Stage.ARRIVAL, july17.minusDays(1), july17))
                .isEmpty();
    }

    @Test
    void evenWithEnoughDaysTheTokyoCountsWouldNotBeAnAlertThanksToTheHalfCount() {
        Exceedance result = ExceedanceDetector.check(CELL, new Counts(3_487, 3), new Counts(2_290, 0), 7,
                AlertRule.DEFAULT);

        assertThat(result.p0().orElseThrow()).isCloseTo(0.000218245307726, within(1e-15));
        assertThat(result.pValue().orElseThrow()).isCloseTo(0.0419647962119, within(1e-12));
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void sevenReportedDaysMakeABaselineAndSixDoNot() {
        Exceedance seven = check(baselineThen(7, 1000, 1000, 6));
        Exceedance six = check(baselineThen(6, 1000, 1000, 6));

        assertThat(seven.baselineDays()).isEqualTo(7);
        assertThat(seven.p0().orElseThrow()).isCloseTo(0.00107127553207, within(1e-14));
        assertThat(seven.pValue().orElseThrow()).isCloseTo(0.00083746539278, within(1e-14));
        assertThat(seven.flagged()).isTrue();
        assertThat(six.baselineDays()).isEqualTo(6);
        assertThat(six.hasNoBaseline()).isTrue();
        assertThat(six.flagged()).isFalse();
    }

    @Test
    void reportedDaysWithZeroTestsCountAsReported() {
        List<DailyResult> rows = new ArrayList<>();
        for (int back = 1; back <= 7; back++) {
            rows.add(row(DAY.minusDays(back), STAFF, Stage.IN_LOOP, 0, 0));
        }
        rows.add(row(DAY, STAFF, Stage.IN_LOOP, 100, 50));

        Exceedance result = check(ResultIndex.of(rows));

        // p0 = 0.5 ÷ 1 = 0.5: an empty fortnight says nothing, so 50 of 100 is no surprise.
        assertThat(result.baselineDays()).isEqualTo(7);
        assertThat(result.p0()).hasValue(0.5);
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void oneLonePositiveIsNeverFlaggedEvenAfterAZeroBaseline() {
        Exceedance result = ExceedanceDetector.check(CELL, new Counts(10, 1), new Counts(5000, 0), 14,
                AlertRule.DEFAULT);

        assertThat(result.flagged()).isFalse();
    }

    @Test
    void twoPositivesAfterAZeroBaselineAreJudgedAgainstTheHalfCount() {
        Exceedance small = ExceedanceDetector.check(CELL, new Counts(10, 2), new Counts(5000, 0), 14,
                AlertRule.DEFAULT);
        Exceedance big = ExceedanceDetector.check(CELL, new Counts(3_487, 2), new Counts(32_200, 0), 14,
                AlertRule.DEFAULT);

        assertThat(small.p0().orElseThrow()).isCloseTo(9.99800039992e-05, within(1e-16));
        assertThat(small.pValue().orElseThrow()).isCloseTo(4.49580260868e-07, within(1e-17));
        assertThat(small.flagged()).isTrue();
        assertThat(big.pValue().orElseThrow()).isCloseTo(0.00141357404143, within(1e-14));
        assertThat(big.flagged()).isTrue();
    }

    @Test
    void theRuleSetsAlphaAndTheFewestPositives() {
        ResultIndex usual = baselineThen(14, 1000, 1000, 3); // P 0.0869
        ResultIndex jump = baselineThen(14, 1000, 1000, 8); // P 1.3e-5

        AlertRule lenient = new AlertRule(0.1, 2, OptionalDouble.empty());
        AlertRule needsTen = new AlertRule(0.01, 10, OptionalDouble.empty());

        assertThat(ExceedanceDetector.check(usual, DAY, STAFF.id(), Stage.IN_LOOP, lenient).orElseThrow().flagged())
                .isTrue();
        assertThat(ExceedanceDetector.check(jump, DAY, STAFF.id(), Stage.IN_LOOP, needsTen).orElseThrow().flagged())
                .isFalse();
    }

    @Test
    void anAbsoluteThresholdFlagsWithoutABaselineButNotBelowTheFewestPositives() {
        AlertRule overOnePerThousand = new AlertRule(0.01, 2, OptionalDouble.of(0.001));

        Exceedance above = ExceedanceDetector.check(CELL, new Counts(1_000, 2), Counts.ZERO, 0, overOnePerThousand);
        Exceedance atIt = ExceedanceDetector.check(CELL, new Counts(2_000, 2), Counts.ZERO, 0, overOnePerThousand);
        Exceedance alone = ExceedanceDetector.check(CELL, new Counts(100, 1), Counts.ZERO, 0, overOnePerThousand);

        assertThat(above.reasons()).containsExactly(AlertReason.ABOVE_THRESHOLD);
        assertThat(above.hasNoBaseline()).isTrue();
        assertThat(atIt.flagged()).isFalse();
        assertThat(alone.flagged()).isFalse();
    }

    @Test
    void aRuleRefusesValuesThatMakeNoSense() {
        assertThat(AlertRule.problems(0, 0, OptionalDouble.of(1.5))).hasSize(3);
        assertThatThrownBy(() -> new AlertRule(0.6, 2, OptionalDouble.empty()))
                .hasMessageContaining("alpha");
    }

    @Test
    void eachCellIsJudgedByItsOwnRuleElseItsStageDefault() {
        AlertRule strict = new AlertRule(0.001, 5, OptionalDouble.empty());
        AlertRule inLoopDefault = new AlertRule(0.05, 3, OptionalDouble.empty());
        AlertRules rules = new AlertRules(Map.of(
                AlertRuleKey.ofGroup(STAFF.id(), Stage.ARRIVAL), strict,
                AlertRuleKey.stageDefault(Stage.IN_LOOP), inLoopDefault));

        assertThat(rules.ruleFor(STAFF.id(), Stage.ARRIVAL)).isEqualTo(strict);
        assertThat(rules.ruleFor(ATHLETES.id(), Stage.ARRIVAL)).isEqualTo(AlertRule.DEFAULT);
        assertThat(rules.ruleFor(STAFF.id(), Stage.IN_LOOP)).isEqualTo(inLoopDefault);
    }

    @Test
    void theBaselineIsTheFourteenDaysBeforeTheDayOnly() {
        List<DailyResult> rows = new ArrayList<>();
        rows.add(row(DAY.minusDays(15), STAFF, Stage.IN_LOOP, 1000, 900));
        for (int back = 1; back <= 14; back++) {
            rows.add(row(DAY.minusDays(back), STAFF, Stage.IN_LOOP, 1000, 1));
        }
        rows.add(row(DAY, STAFF, Stage.IN_LOOP, 1000, 8));

        Exceedance result = check(ResultIndex.of(rows));

        assertThat(result.baseline()).isEqualTo(new Counts(14_000, 14));
        assertThat(result.baselineDays()).isEqualTo(14);
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void anUnreportedDayIsNotChecked() {
        ResultIndex index = baselineThen(14, 1000, 1000, 8);

        assertThat(ExceedanceDetector.check(index, DAY.plusDays(1), STAFF.id(), Stage.IN_LOOP)).isEmpty();
        assertThat(ExceedanceDetector.flaggedDates(index, STAFF.id(), Stage.IN_LOOP, DAY.minusDays(20), DAY.plusDays(3)))
                .containsExactly(DAY);
    }

    @Test
    void aCellBeyondTheIntRangeUsesTheNormalApproximation() {
        Counts baseline = new Counts(3_000_000_000L, 300_000);
        Exceedance far = ExceedanceDetector.check(CELL, new Counts(3_000_000_000L, 400_000), baseline, 14,
                AlertRule.DEFAULT);
        Exceedance near = ExceedanceDetector.check(CELL, new Counts(3_000_000_000L, 300_100), baseline, 14,
                AlertRule.DEFAULT);

        assertThat(far.flagged()).isTrue();
        assertThat(near.flagged()).isFalse();
        assertThat(near.pValue().orElseThrow()).isBetween(0.3, 0.5);
    }

    @Test
    void aSelectionReportsWhichOfItsCellsAreFlagged() {
        List<DailyResult> rows = new ArrayList<>();
        for (int back = 1; back <= 14; back++) {
            rows.add(row(DAY.minusDays(back), STAFF, Stage.IN_LOOP, 1000, 1));
            rows.add(row(DAY.minusDays(back), STAFF, Stage.ARRIVAL, 100, 1));
        }
        rows.add(row(DAY, STAFF, Stage.IN_LOOP, 1000, 8));
        rows.add(row(DAY, STAFF, Stage.ARRIVAL, 100, 1));
        ResultIndex index = ResultIndex.of(rows);

        assertThat(ExceedanceDetector.flaggedCells(index, DAY, Selection.ofGroup(STAFF, Selection.BOTH_STAGES)))
                .containsExactly(new ResultKey(DAY, STAFF.id(), Stage.IN_LOOP));
    }
}
