package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The usual size of a cell, used to catch a number typed with an extra digit: the median of the
 * tests reported for a group/stage over the 14 days before a date.
 */
@FunctionalInterface
public interface RecentTests {

    /** Days looked back, the day itself excluded. */
    int DAYS = 14;

    /** Knows no history, so the "too large to be true" warning never fires. */
    RecentTests NONE = (groupId, stage, date) -> OptionalDouble.empty();

    /** Median of the tests reported in the {@value #DAYS} days before {@code date}; empty when none was. */
    OptionalDouble medianTests(long groupId, Stage stage, LocalDate date);

    /** Medians from the reported rows of an index (unreported days are left out, not counted as 0). */
    static RecentTests from(ResultIndex index) {
        return (groupId, stage, date) -> {
            List<Long> tests = new ArrayList<>(DAYS);
            for (int back = 1; back <= DAYS; back++) {
                Optional<Counts> cell = index.cell(date.minusDays(back), groupId, stage);
                cell.ifPresent(counts -> tests.add(counts.tests()));
            }
            return median(tests);
        };
    }

    private static OptionalDouble median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? OptionalDouble.of(sorted.get(middle))
                : OptionalDouble.of((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
