package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultIndexTest {

    static final Group ATHLETES = new Group(1, "Athletes", 1, "#0072B2", true);
    static final Group OFFICIALS = new Group(2, "Team officials", 2, "#E69F00", true);
    static final Group STAFF = new Group(3, "Operating staff", 3, "#009E73", true);
    static final List<Group> GROUPS = List.of(ATHLETES, OFFICIALS, STAFF);
    static final LocalDate DAY_1 = LocalDate.of(2022, 1, 4);

    static DailyResult row(LocalDate date, Group group, Stage stage, long tests, long positives) {
        return new DailyResult(date, group.id(), stage, tests, positives, "");
    }

    @Test
    void sumsTestsAndPositivesOverTheSelectedCellsAndInclusiveDates() {
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 100, 1),
                row(DAY_1.plusDays(1), ATHLETES, Stage.ARRIVAL, 50, 2),
                row(DAY_1.plusDays(2), ATHLETES, Stage.ARRIVAL, 25, 3),
                row(DAY_1.plusDays(1), ATHLETES, Stage.IN_LOOP, 1000, 4),
                row(DAY_1.plusDays(1), STAFF, Stage.ARRIVAL, 7, 5)));

        Selection athleteArrivals = Selection.ofCell(ATHLETES.id(), Stage.ARRIVAL);
        assertThat(index.sum(athleteArrivals, DAY_1, DAY_1.plusDays(1))).isEqualTo(new Counts(150, 3));
        assertThat(index.sum(athleteArrivals, DAY_1.plusDays(2), DAY_1.plusDays(2))).isEqualTo(new Counts(25, 3));
        assertThat(index.sum(Selection.ofGroup(ATHLETES, Selection.BOTH_STAGES), DAY_1, DAY_1.plusDays(2)))
                .isEqualTo(new Counts(1175, 10));
        assertThat(index.sum(Selection.allGroups(GROUPS, Set.of(Stage.ARRIVAL)), DAY_1.minusDays(30), DAY_1.plusDays(30)))
                .isEqualTo(new Counts(182, 11));
    }

    @Test
    void anEmptyOrOutOfSpanRangeSumsToZero() {
        ResultIndex index = ResultIndex.of(List.of(row(DAY_1, ATHLETES, Stage.ARRIVAL, 100, 1)));
        Selection athletes = Selection.ofGroup(ATHLETES, Selection.BOTH_STAGES);

        assertThat(index.sum(athletes, DAY_1.plusDays(1), DAY_1)).isEqualTo(Counts.ZERO);
        assertThat(index.sum(athletes, DAY_1.minusDays(10), DAY_1.minusDays(1))).isEqualTo(Counts.ZERO);
        assertThat(index.sum(athletes, DAY_1.plusDays(1), DAY_1.plusDays(10))).isEqualTo(Counts.ZERO);
        assertThat(ResultIndex.of(List.of()).sum(athletes, DAY_1, DAY_1)).isEqualTo(Counts.ZERO);
    }

    @Test
    void aMissingRowIsNotTheSameAsARowWithZeroTests() {
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 0, 0),
                row(DAY_1.plusDays(2), ATHLETES, Stage.ARRIVAL, 5, 0)));

        assertThat(index.isReported(DAY_1, ATHLETES.id(), Stage.ARRIVAL)).isTrue();
        assertThat(index.cell(DAY_1, ATHLETES.id(), Stage.ARRIVAL)).contains(Counts.ZERO);
        assertThat(index.isReported(DAY_1.plusDays(1), ATHLETES.id(), Stage.ARRIVAL)).isFalse();
        assertThat(index.cell(DAY_1.plusDays(1), ATHLETES.id(), Stage.ARRIVAL)).isEmpty();
        assertThat(index.isReported(DAY_1, ATHLETES.id(), Stage.IN_LOOP)).isFalse();
        assertThat(index.isReported(DAY_1, STAFF.id(), Stage.ARRIVAL)).isFalse();
    }

    @Test
    void aRangeIsCompleteOnlyWhenEverySelectedCellHasARowEveryDay() {
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 0, 0),
                row(DAY_1.plusDays(1), ATHLETES, Stage.ARRIVAL, 3, 0),
                row(DAY_1, ATHLETES, Stage.IN_LOOP, 3, 0)));
        Selection arrivals = Selection.ofCell(ATHLETES.id(), Stage.ARRIVAL);

        assertThat(index.isComplete(arrivals, DAY_1, DAY_1.plusDays(1))).isTrue();
        assertThat(index.isComplete(arrivals.withStages(Selection.BOTH_STAGES), DAY_1, DAY_1)).isTrue();
        assertThat(index.isComplete(arrivals.withStages(Selection.BOTH_STAGES), DAY_1, DAY_1.plusDays(1))).isFalse();
        assertThat(index.isComplete(arrivals, DAY_1.minusDays(1), DAY_1)).isFalse();
        assertThat(index.isComplete(Selection.ofCell(STAFF.id(), Stage.ARRIVAL), DAY_1, DAY_1)).isFalse();
    }

    @Test
    void twoRowsForTheSameCellAreRefused() {
        List<DailyResult> rows = List.of(
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 10, 0),
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 12, 1));

        assertThatThrownBy(() -> ResultIndex.of(rows)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsTheFirstAndLastDateWithData() {
        ResultIndex index = ResultIndex.of(List.of(
                row(DAY_1.plusDays(9), STAFF, Stage.IN_LOOP, 1, 0),
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 1, 0)));

        assertThat(index.firstDate()).contains(DAY_1);
        assertThat(index.lastDate()).contains(DAY_1.plusDays(9));
        assertThat(index.size()).isEqualTo(2);
        assertThat(ResultIndex.of(List.of()).firstDate()).isEmpty();
    }

    @Test
    void sumsBeyondTwoBillionTestsDoNotOverflow() {
        List<DailyResult> rows = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            rows.add(row(DAY_1.plusDays(day), STAFF, Stage.IN_LOOP, 2_000_000_000L, 1_000L));
        }

        Counts sum = ResultIndex.of(rows).sum(Selection.ofCell(STAFF.id(), Stage.IN_LOOP), DAY_1, DAY_1.plusDays(99));

        assertThat(sum).isEqualTo(new Counts(200_000_000_000L, 100_000L));
    }

    @Test
    void aRollupSelectsItsMembersAndAllGroupsSelectsEveryGroup() {
        Rollup pair = new Rollup(1, Rollup.ATHLETES_AND_TEAM_OFFICIALS, false, List.of(ATHLETES.id(), OFFICIALS.id()));
        Rollup everyone = new Rollup(2, Rollup.ALL_GROUPS, true, List.of());

        assertThat(Selection.ofRollup(pair, GROUPS, Selection.BOTH_STAGES).groupIds())
                .containsExactlyInAnyOrder(ATHLETES.id(), OFFICIALS.id());
        assertThat(Selection.ofRollup(everyone, GROUPS, Set.of(Stage.IN_LOOP)).groupIds())
                .containsExactlyInAnyOrder(ATHLETES.id(), OFFICIALS.id(), STAFF.id());
        assertThat(Selection.ofRollup(everyone, GROUPS, Set.of(Stage.IN_LOOP)).stages())
                .containsExactly(Stage.IN_LOOP);
    }

    @Test
    void aChangedRowGivesTheIndexOfTheChangedRowsWhateverTheChange() {
        List<DailyResult> rows = List.of(
                row(DAY_1, ATHLETES, Stage.ARRIVAL, 100, 1),
                row(DAY_1.plusDays(1), ATHLETES, Stage.ARRIVAL, 50, 2),
                row(DAY_1.plusDays(1), ATHLETES, Stage.IN_LOOP, 0, 0),
                row(DAY_1.plusDays(2), OFFICIALS, Stage.IN_LOOP, 900, 4),
                row(DAY_1.plusDays(3), STAFF, Stage.ARRIVAL, 7, 5));
        ResultIndex index = ResultIndex.of(rows);

        // Replaced, added within the span, added before and after it, added for a group without rows.
        assertChangeGivesAFreshIndex(index, rows, row(DAY_1.plusDays(1), ATHLETES, Stage.ARRIVAL, 60, 6));
        assertChangeGivesAFreshIndex(index, rows, row(DAY_1.plusDays(2), ATHLETES, Stage.IN_LOOP, 0, 0));
        assertChangeGivesAFreshIndex(index, rows, row(DAY_1.minusDays(3), STAFF, Stage.IN_LOOP, 3, 1));
        assertChangeGivesAFreshIndex(index, rows, row(DAY_1.plusDays(5), OFFICIALS, Stage.ARRIVAL, 8, 0));
        assertChangeGivesAFreshIndex(ResultIndex.of(List.of()), List.of(),
                row(DAY_1, STAFF, Stage.ARRIVAL, 1, 0));
        // Deleted: a middle row, the only row of the first and of the last day (the span shrinks),
        // a row that was never there, and the only row there was.
        assertDeletionGivesAFreshIndex(index, rows, rows.get(1));
        assertDeletionGivesAFreshIndex(index, rows, rows.get(0));
        assertDeletionGivesAFreshIndex(index, rows, rows.get(4));
        assertDeletionGivesAFreshIndex(index, rows, row(DAY_1, OFFICIALS, Stage.ARRIVAL, 1, 0));
        List<DailyResult> one = List.of(rows.get(0));
        assertDeletionGivesAFreshIndex(ResultIndex.of(one), one, rows.get(0));
    }

    private static void assertChangeGivesAFreshIndex(ResultIndex index, List<DailyResult> rows, DailyResult saved) {
        List<DailyResult> changed = new ArrayList<>(rows);
        changed.removeIf(row -> row.key().equals(saved.key()));
        changed.add(saved);
        assertSameFigures(index.with(saved.key(), Optional.of(saved.counts())), ResultIndex.of(changed));
    }

    private static void assertDeletionGivesAFreshIndex(ResultIndex index, List<DailyResult> rows, DailyResult deleted) {
        List<DailyResult> changed = new ArrayList<>(rows);
        changed.removeIf(row -> row.key().equals(deleted.key()));
        assertSameFigures(index.with(deleted.key(), Optional.empty()), ResultIndex.of(changed));
    }

    /* Every figure an index gives, day by day around the rows' span, for every group and stage. */
    private static void assertSameFigures(ResultIndex actual, ResultIndex expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.firstDate()).isEqualTo(expected.firstDate());
        assertThat(actual.lastDate()).isEqualTo(expected.lastDate());
        for (Group group : GROUPS) {
            for (Stage stage : Stage.values()) {
                for (LocalDate day = DAY_1.minusDays(5); day.isBefore(DAY_1.plusDays(8)); day = day.plusDays(1)) {
                    assertThat(actual.cell(day, group.id(), stage)).as("%s %s %s", day, group.name(), stage)
                            .isEqualTo(expected.cell(day, group.id(), stage));
                }
            }
        }
        Selection everyone = Selection.allGroups(GROUPS, Selection.BOTH_STAGES);
        assertThat(actual.sum(everyone, DAY_1.minusDays(5), DAY_1.plusDays(8)))
                .isEqualTo(expected.sum(everyone, DAY_1.minusDays(5), DAY_1.plusDays(8)));
        assertThat(actual.isComplete(everyone, DAY_1, DAY_1.plusDays(1)))
                .isEqualTo(expected.isComplete(everyone, DAY_1, DAY_1.plusDays(1)));
    }
}
