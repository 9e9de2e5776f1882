package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.domain.ResultIndexTest.ATHLETES;
import static org.loopwatch.domain.ResultIndexTest.DAY_1;
import static org.loopwatch.domain.ResultIndexTest.STAFF;
import static org.loopwatch.domain.ResultIndexTest.row;

import java.util.List;
import org.junit.jupiter.api.Test;

class CumulativePositivityCalculatorTest {

    private final ResultIndex index = ResultIndex.of(List.of(
            row(DAY_1.minusDays(3), STAFF, Stage.ARRIVAL, 1000, 100),
            row(DAY_1, STAFF, Stage.ARRIVAL, 100, 1),
            row(DAY_1.plusDays(1), STAFF, Stage.ARRIVAL, 200, 2),
            row(DAY_1.plusDays(2), STAFF, Stage.ARRIVAL, 300, 3),
            row(DAY_1.plusDays(1), ATHLETES, Stage.ARRIVAL, 50, 0)));
    private final Selection staff = Selection.ofGroup(STAFF, Selection.BOTH_STAGES);

    @Test
    void cumulativePositivityCountsFromTheLoopStartOnly() {
        RateEstimate estimate = CumulativePositivityCalculator.upTo(index, staff, DAY_1, DAY_1.plusDays(2),
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(estimate.counts()).isEqualTo(new Counts(600, 6));
        assertThat(estimate.positivity()).hasValue(0.01);
    }

    @Test
    void theSeriesGrowsDayByDay() {
        List<CumulativePoint> series = CumulativePositivityCalculator.series(index, staff, DAY_1, DAY_1,
                DAY_1.plusDays(2), IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(series).extracting(point -> point.estimate().counts())
                .containsExactly(new Counts(100, 1), new Counts(300, 3), new Counts(600, 6));
    }

    @Test
    void aDateBeforeTheLoopStartHasNoTests() {
        RateEstimate estimate = CumulativePositivityCalculator.upTo(index, staff, DAY_1, DAY_1.minusDays(1),
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);

        assertThat(estimate.hasNoTests()).isTrue();
        assertThat(estimate.positivity()).isEmpty();
    }
}
