package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which (group, stage) cells hold different rows in two {@link ResultIndex}es: the work behind
 * {@link ResultIndex#cellsDiffering}, kept apart from the index itself. It reads the indexes'
 * running totals directly; cells the two share (an index made by {@link ResultIndex#with}) cost
 * nothing.
 */
final class CellsDiffering {

    private CellsDiffering() {
    }

    static Set<ResultIndex.Cell> between(ResultIndex index, ResultIndex other) {
        return compare(index, other, false, new HashMap<>());
    }

    /* The differing cells; with {@code everyDay}, also each of their differing days into {@code days}. */
    private static Set<ResultIndex.Cell> compare(ResultIndex index, ResultIndex other, boolean everyDay,
                                                 Map<ResultIndex.Cell, NavigableSet<LocalDate>> days) {
        Set<ResultIndex.Cell> differing = new HashSet<>();
        Set<Long> groups = new HashSet<>(index.groupSlot.keySet());
        groups.addAll(other.groupSlot.keySet());
        long first = Math.min(index.days == 0 ? Long.MAX_VALUE : index.firstDay, other.days == 0 ? Long.MAX_VALUE : other.firstDay);
        long last = Math.max(index.days == 0 ? Long.MIN_VALUE : index.firstDay + index.days - 1,
                other.days == 0 ? Long.MIN_VALUE : other.firstDay + other.days - 1);
        for (long groupId : groups) {
            Integer mine = index.groupSlot.get(groupId);
            Integer theirs = other.groupSlot.get(groupId);
            for (Stage stage : Stage.values()) {
                int myCell = mine == null ? -1 : ResultIndex.cell(mine, stage);
                int theirCell = theirs == null ? -1 : ResultIndex.cell(theirs, stage);
                if (myCell >= 0 && theirCell >= 0 && index.firstDay == other.firstDay && index.days == other.days
                        && index.prefixReported[myCell] == other.prefixReported[theirCell]
                        && index.prefixTests[myCell] == other.prefixTests[theirCell]
                        && index.prefixPositives[myCell] == other.prefixPositives[theirCell]) {
                    continue; // shared: the same rows
                }
                // From the last day back: a save changes a recent day, so a differing cell is found
                // at once instead of after ten years of equal days (the same cells and days either way).
                for (long day = last; day >= first; day--) {
                    if (!sameRow(index, myCell, day, other, theirCell)) {
                        differing.add(new ResultIndex.Cell(groupId, stage));
                        if (!everyDay) {
                            break;
                        }
                        days.computeIfAbsent(new ResultIndex.Cell(groupId, stage), any -> new TreeSet<>())
                                .add(LocalDate.ofEpochDay(day));
                    }
                }
            }
        }
        return differing;
    }

    /** Per differing cell, every day on which its rows differ; cells the two share cost nothing, as in {@link #between}. */
    static Map<ResultIndex.Cell, NavigableSet<LocalDate>> days(ResultIndex index, ResultIndex other) {
        Map<ResultIndex.Cell, NavigableSet<LocalDate>> days = new HashMap<>();
        compare(index, other, true, days);
        return days;
    }

    private static boolean sameRow(ResultIndex index, int myCell, long day, ResultIndex other, int theirCell) {
        int at = myCell < 0 ? -1 : index.dayIndex(day);
        int theirAt = theirCell < 0 ? -1 : other.dayIndex(day);
        boolean reported = at > 0 && index.prefixReported[myCell][at] != index.prefixReported[myCell][at - 1];
        boolean theirsReported = theirAt > 0
                && other.prefixReported[theirCell][theirAt] != other.prefixReported[theirCell][theirAt - 1];
        if (reported != theirsReported) {
            return false;
        }
        return !reported
                || index.prefixTests[myCell][at] - index.prefixTests[myCell][at - 1]
                        == other.prefixTests[theirCell][theirAt] - other.prefixTests[theirCell][theirAt - 1]
                && index.prefixPositives[myCell][at] - index.prefixPositives[myCell][at - 1]
                        == other.prefixPositives[theirCell][theirAt] - other.prefixPositives[theirCell][theirAt - 1];
    }
}
