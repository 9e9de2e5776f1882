package org.loopwatch.ui.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.store.Database;

/**
 * What the entry screen knows about one day: the rows of that day and of the
 * {@value RecentTests#DAYS} days before it (for the "too large to be true" check), and whether the
 * day is closed. Read in the background, then changed locally after each save.
 */
record DayData(LocalDate date, List<DailyResult> rows, boolean closed) {

    DayData {
        rows = List.copyOf(rows);
    }

    /** Reads the day from the database; call off the FX thread. */
    static DayData load(Database database, LocalDate date) {
        return new DayData(date, database.results().findBetween(date.minusDays(RecentTests.DAYS), date),
                database.days().isClosed(date));
    }

    List<DailyResult> rowsOfTheDay() {
        return rows.stream().filter(row -> row.date().equals(date)).toList();
    }

    RecentTests recentTests() {
        return RecentTests.from(ResultIndex.of(rows));
    }

    /** The same day with {@code key}'s row replaced by {@code row} (or removed when null). */
    DayData with(ResultKey key, DailyResult row) {
        if (key.date().isAfter(date) || key.date().isBefore(date.minusDays(RecentTests.DAYS))) {
            return this;
        }
        List<DailyResult> changed = new ArrayList<>(rows.stream().filter(each -> !each.key().equals(key)).toList());
        if (row != null) {
            changed.add(row);
        }
        return new DayData(date, changed, closed);
    }

    DayData withClosed(boolean isClosed) {
        return new DayData(date, rows, isClosed);
    }
}
