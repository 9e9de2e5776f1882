package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;

/**
 * What changed between the index some chart points were computed over and the index now: per
 * (group, stage) cell, the days whose rows differ, and whether the cell's first result moved (a
 * cell is due to report from its first result, so that moves the open dots of every later day).
 * Another desk's save changes one day of one cell; the points that read neither are unchanged.
 */
final class IndexChanges {

    static final IndexChanges NONE = new IndexChanges(Map.of(), Set.of());

    private final Map<ResultIndex.Cell, NavigableSet<LocalDate>> days;
    private final Set<ResultIndex.Cell> firstMoved;

    private IndexChanges(Map<ResultIndex.Cell, NavigableSet<LocalDate>> days, Set<ResultIndex.Cell> firstMoved) {
        this.days = days;
        this.firstMoved = firstMoved;
    }

    static IndexChanges between(ResultIndex before, ResultIndex now) {
        if (before == now) {
            return NONE;
        }
        Map<ResultIndex.Cell, NavigableSet<LocalDate>> days = before.daysDiffering(now);
        Set<ResultIndex.Cell> firstMoved = days.keySet().stream()
                .filter(cell -> !Objects.equals(before.firstReportedDate(cell.groupId(), cell.stage()),
                        now.firstReportedDate(cell.groupId(), cell.stage())))
                .collect(Collectors.toSet());
        return new IndexChanges(days, firstMoved);
    }

    /**
     * True when a row of a cell of {@code groupIds} × {@code stages} differs on a day from
     * {@code from} to {@code to} (both inclusive), or such a cell's first result moved.
     */
    boolean touch(Set<Long> groupIds, Set<Stage> stages, LocalDate from, LocalDate to) {
        for (Map.Entry<ResultIndex.Cell, NavigableSet<LocalDate>> cell : days.entrySet()) {
            if (groupIds.contains(cell.getKey().groupId()) && stages.contains(cell.getKey().stage())
                    && (firstMoved.contains(cell.getKey()) || !cell.getValue().subSet(from, true, to, true).isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
