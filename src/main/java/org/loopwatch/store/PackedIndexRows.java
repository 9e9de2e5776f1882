package org.loopwatch.store;

import java.sql.SQLException;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;

/**
 * Every SQLite result as one text, for {@link DailyResultRepository#index()} (decision 0081): the
 * rows' numbers joined by SQLite itself ({@link #SQL}), then read here. Fetched row by row, sqlite-jdbc
 * crosses into native code for each column of each row — seven crossings a row, half of the ten-year
 * briefing's reading of 58,400 rows; joined, the whole table is two.
 *
 * <p>Each row is {@code epochDay,groupId,inLoop,tests,positives} (integers; {@code inLoop} is 1 for
 * in-loop screening, 0 for arrival) and rows are separated by {@code ;}, in no particular order. A
 * stored date that is no calendar day (30 February: SQLite's {@code date()} moves it on, so it
 * differs from the text) comes as {@code !} and the text, and is refused, as a row read alone was.
 */
final class PackedIndexRows {

    /*
     * concat_ws joins a row's five numbers in one call; the same text built with four || made four
     * intermediate texts a row: 40 → 29 ms for 58,400 rows (decision 0082). No column is ever NULL
     * (NOT NULL, and julianday only of a date that date() gave back unchanged), so concat_ws, which
     * skips NULLs, never drops a field.
     */
    static final String SQL = "SELECT group_concat(CASE WHEN date(date) = date"
            + " THEN concat_ws(',', CAST(julianday(date) - 2440587.5 AS INTEGER), group_id, stage = 'in_loop',"
            + " tests, positives) ELSE '!' || date END, ';') FROM daily_results";

    private final String packed;
    private int at;

    private PackedIndexRows(String packed) {
        this.packed = packed;
    }

    /** Adds every row of {@code packed} (null: no rows) to {@code index}. */
    static ResultIndex.Builder addAll(String packed, ResultIndex.Builder index) throws SQLException {
        if (packed != null && !packed.isEmpty()) {
            new PackedIndexRows(packed).addTo(index);
        }
        return index;
    }

    private void addTo(ResultIndex.Builder index) throws SQLException {
        while (at < packed.length()) {
            if (packed.charAt(at) == '!') {
                int end = packed.indexOf(';', at);
                throw new SQLException("not a date in the database: "
                        + packed.substring(at + 1, end < 0 ? packed.length() : end));
            }
            long epochDay = number(',');
            long groupId = number(',');
            long inLoop = number(',');
            long tests = number(',');
            long positives = number(';');
            index.add(groupId, inLoop == 1 ? Stage.IN_LOOP : Stage.ARRIVAL, epochDay, tests, positives);
        }
    }

    /* The integer from here up to the separator (or the end of the text), which is passed. */
    private long number(char separator) throws SQLException {
        int start = at;
        boolean negative = at < packed.length() && packed.charAt(at) == '-';
        if (negative) {
            at++;
        }
        long value = 0;
        int digits = 0;
        while (at < packed.length() && packed.charAt(at) != separator) {
            char c = packed.charAt(at++);
            if (c < '0' || c > '9') {
                throw unreadable(start);
            }
            try {
                value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
            } catch (ArithmeticException tooLarge) {
                throw unreadable(start);
            }
            digits++;
        }
        if (digits == 0 || (separator == ',' && at >= packed.length())) {
            throw unreadable(start);
        }
        at++;
        return negative ? -value : value;
    }

    private SQLException unreadable(int start) {
        int end = packed.indexOf(';', start);
        return new SQLException("a result that is not numbers in the database: "
                + packed.substring(start, end < 0 ? packed.length() : end));
    }
}
