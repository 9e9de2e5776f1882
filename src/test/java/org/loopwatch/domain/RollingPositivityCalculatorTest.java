package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.loopwatch.domain.ResultIndexTest.ATHLETES;
import static org.loopwatch.domain.ResultIndexTest.DAY_1;
import static org.loopwatch.domain.ResultIndexTest.STAFF;
import static org.loopwatch.domain.ResultIndexTest.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingPositivityCalculatorTest {

    private static final Selection STAFF_ARRIVALS = Selection.ofCell(STAFF.id(), Stage.ARRIVAL);

    @Test
    void rollingPositivityIsTheRatioOfSumsNotTheMeanOfDailyRatios() {
        // Day 1: 1 of 10 (10 %); day 2: 1 of 1,000 (0.1 %). Mean of ratios 5.05 %; ratio of sums 2/1,010.
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, STAFF, Stage.ARRIVAL, 10, 1),
                row(DAY_1.plusDays(1), STAFF, Stage.ARRIVAL, 1000, 1)));

        RollingPoint point = RollingPositivityCalculator.at(index, STAFF_ARRIVALS, DAY_1.plusDays(1),
                RollingWindow.THREE_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(point.estimate().counts()).isEqualTo(new Counts(1010, 2));
        assertThat(point.estimate().positivity().orElseThrow()).isCloseTo(2.0 / 1010, within(1e-12));
    }

    @Test
    void eachPointSumsTheTrailingWindowEndingThatDay() {
        List<DailyResult> rows = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            rows.add(row(DAY_1.plusDays(day), STAFF, Stage.ARRIVAL, 100, day));
        }
        ResultIndex index = ResultIndex.of(rows);

        List<RollingPoint> series = RollingPositivityCalculator.series(index, STAFF_ARRIVALS,
                DAY_1.plusDays(6), DAY_1.plusDays(9), RollingWindow.SEVEN_DAYS,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(series).extracting(RollingPoint::date)
                .containsExactly(DAY_1.plusDays(6), DAY_1.plusDays(7), DAY_1.plusDays(8), DAY_1.plusDays(9));
        // Window ending day index 9 covers days 3..9: positives 3+4+…+9 = 42 of 700 tests.
        assertThat(series.get(3).estimate().counts()).isEqualTo(new Counts(700, 42));
        assertThat(series.get(0).estimate().counts()).isEqualTo(new Counts(700, 21));
        assertThat(series).noneMatch(RollingPoint::incomplete);
    }

    @Test
    void aWindowWithAMissingDayForASelectedCellIsIncomplete() {
        List<DailyResult> rows = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            if (day != 5) {
                rows.add(row(DAY_1.plusDays(day), STAFF, Stage.ARRIVAL, 100, 1));
            }
            rows.add(row(DAY_1.plusDays(day), ATHLETES, Stage.ARRIVAL, 10, 0));
        }
        ResultIndex index = ResultIndex.of(rows);
        Selection both = new Selection(java.util.Set.of(STAFF.id(), ATHLETES.id()), java.util.Set.of(Stage.ARRIVAL));

        List<RollingPoint> series = RollingPositivityCalculator.series(index, both, DAY_1.plusDays(2),
                DAY_1.plusDays(9), RollingWindow.THREE_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(series).filteredOn(RollingPoint::incomplete).extracting(RollingPoint::date)
                .containsExactly(DAY_1.plusDays(5), DAY_1.plusDays(6), DAY_1.plusDays(7));
        // The athletes' cell alone is complete throughout.
        assertThat(RollingPositivityCalculator.at(index, Selection.ofCell(ATHLETES.id(), Stage.ARRIVAL),
                DAY_1.plusDays(6), RollingWindow.THREE_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE)
                .incomplete()).isFalse();
    }

    @Test
    void aWindowReachingBeforeTheFirstRowIsIncomplete() {
        ResultIndex index = ResultIndex.of(List.of(row(DAY_1, STAFF, Stage.ARRIVAL, 100, 1)));

        RollingPoint point = RollingPositivityCalculator.at(index, STAFF_ARRIVALS, DAY_1, RollingWindow.SEVEN_DAYS,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(point.incomplete()).isTrue();
        assertThat(point.estimate().counts()).isEqualTo(new Counts(100, 1));
    }

    @Test
    void aWindowWithOnlyZeroTestRowsIsNoTestsButComplete() {
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, STAFF, Stage.ARRIVAL, 0, 0),
                row(DAY_1.plusDays(1), STAFF, Stage.ARRIVAL, 0, 0),
                row(DAY_1.plusDays(2), STAFF, Stage.ARRIVAL, 0, 0)));

        RollingPoint point = RollingPositivityCalculator.at(index, STAFF_ARRIVALS, DAY_1.plusDays(2),
                RollingWindow.THREE_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(point.estimate().positivity()).isEmpty();
        assertThat(point.incomplete()).isFalse();
    }

    @Test
    void onlyThreeSevenAndFourteenDayWindowsExist() {
        assertThat(RollingWindow.ofDays(3)).contains(RollingWindow.THREE_DAYS);
        assertThat(RollingWindow.ofDays(14)).contains(RollingWindow.FOURTEEN_DAYS);
        assertThat(RollingWindow.ofDays(5)).isEmpty();
        assertThat(RollingWindow.DEFAULT.days()).isEqualTo(7);
        assertThat(RollingWindow.SEVEN_DAYS.firstDay(LocalDate.of(2022, 2, 10))).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(RollingWindow.SEVEN_DAYS.label()).isEqualTo("7-day positivity");
    }
}
