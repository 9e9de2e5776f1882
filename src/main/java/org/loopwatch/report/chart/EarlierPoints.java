package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loopwatch.domain.Stage;

/**
 * The points of a series as computed before, over an earlier index (and maybe another period),
 * offered to its next computation: a point is taken over when it covers the same days and none of
 * the rows it read changed since ({@link IndexChanges}); every other point is computed again. So
 * after another desk's save of one day, a refresh computes the points that read that day, not the
 * whole period (decision 0056). Counts the points it gave, for tests and the benchmark.
 */
final class EarlierPoints {

    static final EarlierPoints NONE = new EarlierPoints(List.of(), IndexChanges.NONE, Set.of(), Set.of());

    private record Span(LocalDate first, LocalDate last) {
    }

    private final Map<Span, ChartPoint> points = new HashMap<>();
    private final IndexChanges changes;
    private final Set<Long> groupIds;
    private final Set<Stage> stages;
    private int given;

    /**
     * @param groupIds the series' groups and {@code stages} its stages: the cells its points read
     */
    EarlierPoints(List<ChartPoint> points, IndexChanges changes, Set<Long> groupIds, Set<Stage> stages) {
        points.forEach(point -> this.points.put(new Span(point.date(), point.last()), point));
        this.changes = changes;
        this.groupIds = groupIds;
        this.stages = stages;
    }

    /**
     * The earlier point from {@code first} to {@code last} when it is still what computing it would
     * give; else null.
     *
     * @param firstDayRead the first day whose rows such a point reads ({@link ChartPoints#firstDayRead})
     */
    ChartPoint stillValid(LocalDate first, LocalDate last, LocalDate firstDayRead) {
        ChartPoint point = points.get(new Span(first, last));
        if (point == null || changes.touch(groupIds, stages, firstDayRead, last)) {
            return null;
        }
        given++;
        return point;
    }

    /** How many points {@link #stillValid} gave. */
    int given() {
        return given;
    }
}
