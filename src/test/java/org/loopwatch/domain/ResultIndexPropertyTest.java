package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The law the dashboard's saves rely on (issue 16): an index changed by {@link ResultIndex#with}
 * gives every figure an index rebuilt from the changed rows gives, after any run of saves and
 * deletions, including ones that widen or shrink the span, add a new group or empty the index.
 * {@link ResultIndexTest} names the edge cases one by one; this law tries them in any order.
 */
class ResultIndexPropertyTest {

    /** Group 4 never has a row at the start, so a save can bring a new group in. */
    private static final List<Long> GROUP_IDS = List.of(1L, 2L, 3L, 4L);
    private static final LocalDate DAY_1 = LocalDate.of(2022, 1, 4);
    private static final int DAYS = 20;

    /** A save ({@code counts} present) or a deletion of one (date, group, stage). */
    record Change(ResultKey key, Optional<Counts> counts) {
    }

    @Provide
    Arbitrary<DailyResult> rows() {
        return Combinators.combine(Arbitraries.integers().between(0, DAYS - 1), Arbitraries.of(1L, 2L, 3L),
                Arbitraries.of(Stage.values()), counts())
                .as((day, group, stage, counts) -> new DailyResult(DAY_1.plusDays(day), group, stage, counts.tests(),
                        counts.positives(), ""));
    }

    @Provide
    Arbitrary<Change> changes() {
        // Days a little outside the rows' span, so that a save can widen it and a deletion miss.
        Arbitrary<ResultKey> keys = Combinators.combine(Arbitraries.integers().between(-3, DAYS + 2),
                Arbitraries.of(GROUP_IDS), Arbitraries.of(Stage.values()))
                .as((day, group, stage) -> new ResultKey(DAY_1.plusDays(day), group, stage));
        return Combinators.combine(keys, counts().optional(0.7)).as(Change::new);
    }

    private static Arbitrary<Counts> counts() {
        return Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.doubles().between(0, 1))
                .as((tests, share) -> new Counts(tests, (long) Math.floor(tests * share)));
    }

    @Property(tries = 300, seed = "160035")
    void anIndexChangedSaveBySaveEqualsAnIndexRebuiltFromTheChangedRows(
            @ForAll @Size(max = 30) List<@From("rows") DailyResult> generated,
            @ForAll @Size(min = 1, max = 6) List<@From("changes") Change> changes) {
        List<DailyResult> rows = new ArrayList<>();
        generated.stream().filter(row -> rows.stream().noneMatch(other -> other.key().equals(row.key())))
                .forEach(rows::add);
        ResultIndex index = ResultIndex.of(rows);
        for (Change change : changes) {
            rows.removeIf(row -> row.key().equals(change.key()));
            change.counts().ifPresent(counts -> rows.add(new DailyResult(change.key().date(), change.key().groupId(),
                    change.key().stage(), counts.tests(), counts.positives(), "")));
            index = index.with(change.key(), change.counts());
            assertSameFigures(index, ResultIndex.of(rows));
        }
    }

    /**
     * A team desk's refresh (decision 0046): the changes read since its last read, applied at once —
     * few one by one, many in one pass — give the index of the rows after them. The last change of a
     * key is the row as it is now, as the read gives it.
     */
    @Property(tries = 300, seed = "460046")
    void anIndexChangedByManyChangesAtOnceEqualsAnIndexRebuiltFromTheChangedRows(
            @ForAll @Size(max = 30) List<@From("rows") DailyResult> generated,
            @ForAll @Size(min = 0, max = 25) List<@From("changes") Change> changes) {
        List<DailyResult> rows = new ArrayList<>();
        generated.stream().filter(row -> rows.stream().noneMatch(other -> other.key().equals(row.key())))
                .forEach(rows::add);
        ResultIndex index = ResultIndex.of(rows);
        java.util.Map<ResultKey, Optional<Counts>> read = new java.util.HashMap<>();
        for (Change change : changes) {
            rows.removeIf(row -> row.key().equals(change.key()));
            change.counts().ifPresent(counts -> rows.add(new DailyResult(change.key().date(), change.key().groupId(),
                    change.key().stage(), counts.tests(), counts.positives(), "")));
            read.put(change.key(), change.counts());
        }
        assertSameFigures(index.withAll(read), ResultIndex.of(rows));
    }

    /**
     * The alerts (decision 0082) ask one cell for the days that can be flagged, and each day's baseline
     * for its reported days and its sum over 14 days: the running-total forms give what looking day by
     * day and the selection's sum give, for ranges inside, across and outside the span, reversed
     * ranges and a group without rows.
     */
    @Property(tries = 200, seed = "820082")
    void oneCellsDaysAndSumsAreThoseLookedUpDayByDay(
            @ForAll @Size(max = 30) List<@From("rows") DailyResult> generated) {
        List<DailyResult> rows = new ArrayList<>();
        generated.stream().filter(row -> rows.stream().noneMatch(other -> other.key().equals(row.key())))
                .forEach(rows::add);
        ResultIndex index = ResultIndex.of(rows);
        for (long group : GROUP_IDS) {
            for (Stage stage : Stage.values()) {
                Selection cell = new Selection(Set.of(group), Set.of(stage));
                for (int from = -4; from <= DAYS + 3; from++) {
                    for (int length = -1; length <= 16; length++) {
                        LocalDate start = DAY_1.plusDays(from);
                        LocalDate end = start.plusDays(length - 1L);
                        int counted = 0;
                        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                            counted += index.isReported(day, group, stage) ? 1 : 0;
                        }
                        assertThat(CellRange.of(index, group, stage, start, end).reportedDays())
                                .as("days reported %s to %s, group %d %s", start, end, group, stage).isEqualTo(counted);
                        for (long atLeast = 0; atLeast <= 2; atLeast++) {
                            List<Long> days = new ArrayList<>();
                            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                                long least = atLeast;
                                if (index.cell(day, group, stage).filter(counts -> counts.positives() >= least)
                                        .isPresent()) {
                                    days.add(day.toEpochDay());
                                }
                            }
                            assertThat(CellRange.of(index, group, stage, start, end).daysWithPositives(atLeast))
                                    .as("days with %d+ positives %s to %s, group %d %s", atLeast, start, end, group,
                                            stage)
                                    .containsExactly(days.stream().mapToLong(Long::longValue).toArray());
                        }
                        assertThat(CellRange.of(index, group, stage, start, end).sum())
                                .as("sum %s to %s, group %d %s", start, end, group, stage)
                                .isEqualTo(index.sum(cell, start, end));
                    }
                }
            }
        }
    }

    /* Every figure an index gives, around the widest span a change can reach. */
    private static void assertSameFigures(ResultIndex actual, ResultIndex expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.firstDate()).isEqualTo(expected.firstDate());
        assertThat(actual.lastDate()).isEqualTo(expected.lastDate());
        LocalDate first = DAY_1.minusDays(5);
        LocalDate last = DAY_1.plusDays(DAYS + 4);
        for (long group : GROUP_IDS) {
            assertThat(actual.firstReportedDate(group)).as("first date of group %d", group)
                    .isEqualTo(expected.firstReportedDate(group));
            for (Stage stage : Stage.values()) {
                Selection cell = new Selection(Set.of(group), Set.of(stage));
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    assertThat(actual.cell(day, group, stage)).as("%s group %d %s", day, group, stage)
                            .isEqualTo(expected.cell(day, group, stage));
                    assertThat(actual.sum(cell, first, day)).as("sum to %s group %d %s", day, group, stage)
                            .isEqualTo(expected.sum(cell, first, day));
                    assertThat(actual.isComplete(cell, day, day.plusDays(2)))
                            .as("complete from %s group %d %s", day, group, stage)
                            .isEqualTo(expected.isComplete(cell, day, day.plusDays(2)));
                }
            }
        }
        Selection everyone = new Selection(Set.copyOf(GROUP_IDS), Set.of(Stage.values()));
        assertThat(actual.sum(everyone, first, last)).isEqualTo(expected.sum(everyone, first, last));
    }
}
