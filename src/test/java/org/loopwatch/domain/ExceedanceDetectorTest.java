package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.loopwatch.domain.ResultIndexTest.STAFF;
import static org.loopwatch.domain.ResultIndexTest.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class ExceedanceDetectorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 1);

    /** 14 baseline days of 1,000 tests with 1 positive each (p0 = 0.001), then the checked day. */
    private static ResultIndex baselineThen(long tests, long positives) {
        List<DailyResult> rows = new ArrayList<>();
        for (int back = 1; back <= 14; back++) {
            rows.add(row(DAY.minusDays(back), STAFF, Stage.IN_LOOP, 1000, 1));
        }
        rows.add(row(DAY, STAFF, Stage.IN_LOOP, tests, positives));
        return ResultIndex.of(rows);
    }

    private static Exceedance check(ResultIndex index) {
        return ExceedanceDetector.check(index, DAY, STAFF.id(), Stage.IN_LOOP).orElseThrow();
    }

    @Test
    void aDayWellAboveItsBaselineIsFlagged() {
        Exceedance result = check(baselineThen(1000, 8));

        assertThat(result.p0()).hasValue(0.001);
        assertThat(result.pValue().orElseThrow())
                .isCloseTo(BinomialDistribution.of(1000, 0.001).survivalProbability(7), within(1e-15))
                .isLessThan(0.01);
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void aDayWithinTheUsualVariationIsNotFlagged() {
        Exceedance result = check(baselineThen(1000, 3));

        assertThat(result.pValue().orElseThrow()).isGreaterThan(0.01);
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void withoutBaselineTestsNothingIsFlagged() {
        ResultIndex noRows = ResultIndex.of(List.of(row(DAY, STAFF, Stage.IN_LOOP, 100, 50)));
        ResultIndex zeroTests = ResultIndex.of(List.of(
                row(DAY.minusDays(1), STAFF, Stage.IN_LOOP, 0, 0),
                row(DAY, STAFF, Stage.IN_LOOP, 100, 50)));

        assertThat(check(noRows).flagged()).isFalse();
        assertThat(check(noRows).hasNoBaseline()).isTrue();
        assertThat(check(zeroTests).flagged()).isFalse();
        assertThat(check(zeroTests).pValue()).isEmpty();
    }

    @Test
    void oneLonePositiveIsNeverFlaggedEvenAfterAZeroBaseline() {
        Exceedance result = ExceedanceDetector.check(new Counts(10, 1), new Counts(5000, 0));

        assertThat(result.pValue()).hasValue(0.0);
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void twoPositivesAfterAZeroBaselineAreFlagged() {
        Exceedance result = ExceedanceDetector.check(new Counts(10, 2), new Counts(5000, 0));

        assertThat(result.p0()).hasValue(0.0);
        assertThat(result.flagged()).isTrue();
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
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void anUnreportedDayIsNotChecked() {
        ResultIndex index = baselineThen(1000, 8);

        assertThat(ExceedanceDetector.check(index, DAY.plusDays(1), STAFF.id(), Stage.IN_LOOP)).isEmpty();
        assertThat(ExceedanceDetector.flaggedDates(index, STAFF.id(), Stage.IN_LOOP, DAY.minusDays(20), DAY.plusDays(3)))
                .containsExactly(DAY);
    }

    @Test
    void aCellBeyondTheIntRangeUsesTheNormalApproximation() {
        Exceedance far = ExceedanceDetector.check(new Counts(3_000_000_000L, 400_000), new Counts(3_000_000_000L, 300_000));
        Exceedance near = ExceedanceDetector.check(new Counts(3_000_000_000L, 300_100), new Counts(3_000_000_000L, 300_000));

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
