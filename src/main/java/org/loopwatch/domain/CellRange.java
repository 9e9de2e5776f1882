package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One group in one stage of a {@link ResultIndex}, from one day to another (both inclusive), read
 * from the index's running totals: what an alert's baseline and a period's alerts ask of a single
 * cell (decision 0082). Each answer is a subtraction or one scan that makes no object per day, where
 * looking the days up one by one costs a lookup each (ten years: 58,400).
 */
final class CellRange {

    private static final CellRange EMPTY = new CellRange(null, -1, 0, -1);

    private final ResultIndex index;
    private final int cell;
    private final int start;
    private final int end;

    private CellRange(ResultIndex index, int cell, int start, int end) {
        this.index = index;
        this.cell = cell;
        this.start = start;
        this.end = end;
    }

    /** The cell's days from {@code from} to {@code to}; none when the range is empty or the group has no rows. */
    static CellRange of(ResultIndex index, long groupId, Stage stage, LocalDate from, LocalDate to) {
        Integer slot = index.groupSlot.get(groupId);
        int start = index.clampedStart(from);
        int end = index.clampedEnd(to);
        return slot == null || start > end ? EMPTY : new CellRange(index, ResultIndex.cell(slot, stage), start, end);
    }

    /** On how many of the days the group reported a row in the stage (a row with 0 tests counts). */
    int reportedDays() {
        return index == null ? 0 : index.prefixReported[cell][end + 1] - index.prefixReported[cell][start];
    }

    /** The tests and positives of the days, as {@link ResultIndex#sum(Selection, LocalDate, LocalDate)} gives them. */
    Counts sum() {
        if (index == null) {
            return Counts.ZERO;
        }
        return new Counts(index.prefixTests[cell][end + 1] - index.prefixTests[cell][start],
                index.prefixPositives[cell][end + 1] - index.prefixPositives[cell][start]);
    }

    /** The days with a row of at least {@code atLeast} positives, in order, as epoch days. */
    long[] daysWithPositives(long atLeast) {
        if (index == null) {
            return new long[0];
        }
        long[] positives = index.prefixPositives[cell];
        int[] reported = index.prefixReported[cell];
        long[] found = new long[end - start + 1];
        int count = 0;
        for (int at = start + 1; at <= end + 1; at++) {
            if (reported[at] != reported[at - 1] && positives[at] - positives[at - 1] >= atLeast) {
                found[count++] = index.firstDay + at - 1;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
