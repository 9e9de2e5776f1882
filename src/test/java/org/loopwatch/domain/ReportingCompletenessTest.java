package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingCompletenessTest {

    private static final Group ATHLETES = new Group(1, "Athletes", 1, "#0072B2", true);
    private static final Group STAFF = new Group(2, "Operating staff", 2, "#009E73", true);
    private static final LocalDate DAY_1 = LocalDate.of(2022, 1, 4);

    private static DailyResult row(int day, Group group, Stage stage) {
        return new DailyResult(DAY_1.plusDays(day - 1L), group.id(), stage, 100, 1, "");
    }

    /*
     * Athletes report arrivals from day 1 and in-loop screening from day 3; staff only in-loop, from
     * day 2. Each (group, stage) is due from its own first row, however often and in whatever order
     * it is asked: the first rows are cached per cell, and a cache that mixed up two cells would
     * make one of the answers below wrong.
     */
    @Test
    void eachGroupAndStageIsDueFromItsOwnFirstRowWhateverWasAskedBefore() {
        ResultIndex index = ResultIndex.of(List.of(
                row(1, ATHLETES, Stage.ARRIVAL), row(2, ATHLETES, Stage.ARRIVAL), row(4, ATHLETES, Stage.ARRIVAL),
                row(3, ATHLETES, Stage.IN_LOOP), row(4, ATHLETES, Stage.IN_LOOP),
                row(2, STAFF, Stage.IN_LOOP), row(3, STAFF, Stage.IN_LOOP), row(4, STAFF, Stage.IN_LOOP)));
        ReportingCompleteness completeness = new ReportingCompleteness(index, List.of(ATHLETES, STAFF),
                Optional.empty(), DAY_1.plusDays(3));
        LocalDate day1 = DAY_1;
        LocalDate day2 = DAY_1.plusDays(1);
        LocalDate day3 = DAY_1.plusDays(2);
        LocalDate day4 = DAY_1.plusDays(3);

        for (int round = 0; round < 2; round++) {
            assertThat(completeness.isComplete(Selection.ofCell(ATHLETES.id(), Stage.IN_LOOP), day1, day4)).isTrue();
            assertThat(completeness.isComplete(Selection.ofCell(ATHLETES.id(), Stage.ARRIVAL), day1, day4)).isFalse();
            assertThat(completeness.isComplete(Selection.ofCell(ATHLETES.id(), Stage.ARRIVAL), day1, day2)).isTrue();
            assertThat(completeness.isComplete(Selection.ofCell(STAFF.id(), Stage.IN_LOOP), day1, day4)).isTrue();
            assertThat(completeness.isComplete(Selection.ofCell(STAFF.id(), Stage.ARRIVAL), day1, day4)).isTrue();
            assertThat(completeness.isComplete(Selection.ofGroup(ATHLETES, Selection.BOTH_STAGES), day3, day4)).isFalse();
        }
        Completeness athletes = completeness.of(Selection.ofGroup(ATHLETES, Selection.BOTH_STAGES), day1, day4);
        assertThat(athletes.gaps()).containsExactly(
                new ReportGap(ATHLETES.id(), ATHLETES.name(), Stage.ARRIVAL, day3, day3));
    }
}
