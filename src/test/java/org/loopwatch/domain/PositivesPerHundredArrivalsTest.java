package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.loopwatch.domain.ResultIndexTest.ATHLETES;
import static org.loopwatch.domain.ResultIndexTest.DAY_1;
import static org.loopwatch.domain.ResultIndexTest.STAFF;
import static org.loopwatch.domain.ResultIndexTest.row;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositivesPerHundredArrivalsTest {

    @Test
    void carriesItsExactLabel() {
        assertThat(PositivesPerHundredArrivals.label()).isEqualTo("Positives per 100 arrivals");
    }

    @Test
    void reproducesThePressFigureFromBothStagesOverArrivalTests() {
        // Other stakeholders, 4–22 January 2022: 39 arrival + 33 in-loop positives, 2,415 arrival tests.
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, STAFF, Stage.ARRIVAL, 2415, 39),
                row(DAY_1, STAFF, Stage.IN_LOOP, 336_246, 33),
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 171, 0)));

        // The stage set of the selection is ignored: the definition uses both stages.
        Selection staffArrivals = new Selection(Set.of(STAFF.id()), Set.of(Stage.ARRIVAL));
        assertThat(PositivesPerHundredArrivals.compute(index, staffArrivals, DAY_1, DAY_1).orElseThrow())
                .isCloseTo(72 * 100.0 / 2415, within(1e-12));
        // With the athletes' arrivals added, the press's 72 / 2,586.
        Selection both = new Selection(Set.of(STAFF.id(), ATHLETES.id()), Set.of(Stage.IN_LOOP));
        assertThat(PositivesPerHundredArrivals.compute(index, both, DAY_1, DAY_1).orElseThrow())
                .isCloseTo(2.784, within(0.0005));
    }

    @Test
    void isEmptyWithoutArrivalTests() {
        assertThat(PositivesPerHundredArrivals.compute(33, 0)).isEmpty();
        assertThat(PositivesPerHundredArrivals.compute(0, 0)).isEmpty();
        assertThat(PositivesPerHundredArrivals.compute(0, 171)).hasValue(0.0);
    }
}
