package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;

/**
 * Everything a chart shows, the same for the dashboard and the exports.
 *
 * @param subjects  the groups and rollups to draw, in order; the stacked charts draw only the
 *                  groups among them, or the member groups of the rollups when no group is chosen
 * @param allGroups every group, active or not, for resolving rollup members in stacked charts
 * @param from      first day shown, inclusive
 * @param to        last day shown, inclusive
 * @param loopStart the first day counted by the cumulative chart (the event's loop start)
 * @param markers   key dates drawn as labelled vertical lines (those outside the period are skipped)
 * @param alertRules the rules that flag days (issue 21), the same as the tiles'
 * @param today     the last day that can be "not reported" (SPEC §2 Reporting completeness); the
 *                  shorter constructors take {@code to}, so every day shown counts as past
 */
public record ChartRequest(ChartKind kind, ResultIndex index, List<ChartSubject> subjects, List<Group> allGroups,
                           StageFilter stage, LocalDate from, LocalDate to, RollingWindow window,
                           IntervalMethod method, ConfidenceLevel level, LocalDate loopStart,
                           List<ChartMarker> markers, AlertRules alertRules, LocalDate today) {

    /** A request that judges completeness up to its last day shown. */
    public ChartRequest(ChartKind kind, ResultIndex index, List<ChartSubject> subjects, List<Group> allGroups,
                        StageFilter stage, LocalDate from, LocalDate to, RollingWindow window,
                        IntervalMethod method, ConfidenceLevel level, LocalDate loopStart,
                        List<ChartMarker> markers, AlertRules alertRules) {
        this(kind, index, subjects, allGroups, stage, from, to, window, method, level, loopStart, markers, alertRules,
                to);
    }

    /** A request that flags days by the default alert rules. */
    public ChartRequest(ChartKind kind, ResultIndex index, List<ChartSubject> subjects, List<Group> allGroups,
                        StageFilter stage, LocalDate from, LocalDate to, RollingWindow window,
                        IntervalMethod method, ConfidenceLevel level, LocalDate loopStart,
                        List<ChartMarker> markers) {
        this(kind, index, subjects, allGroups, stage, from, to, window, method, level, loopStart, markers,
                AlertRules.DEFAULTS);
    }

    public ChartRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(index, "index");
        allGroups = List.copyOf(allGroups);
        // Both renderers take their colours from here: no two groups of the chart alike.
        subjects = GroupColours.distinct(List.copyOf(subjects), allGroups);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(loopStart, "loopStart");
        markers = List.copyOf(markers);
        Objects.requireNonNull(alertRules, "alertRules");
        Objects.requireNonNull(today, "today");
    }

    /** The same request for other stages. */
    public ChartRequest withStage(StageFilter other) {
        return new ChartRequest(kind, index, subjects, allGroups, other, from, to, window, method, level, loopStart,
                markers, alertRules, today);
    }

    /** The same request for other groups and rollups. */
    public ChartRequest withSubjects(List<ChartSubject> other) {
        return new ChartRequest(kind, index, other, allGroups, stage, from, to, window, method, level, loopStart,
                markers, alertRules, today);
    }

    /** The same request judging days by other alert rules. */
    public ChartRequest withAlertRules(AlertRules other) {
        return new ChartRequest(kind, index, subjects, allGroups, stage, from, to, window, method, level, loopStart,
                markers, other, today);
    }

    /** The same request with {@code today} as the last day that can be missing. */
    public ChartRequest withToday(LocalDate other) {
        return new ChartRequest(kind, index, subjects, allGroups, stage, from, to, window, method, level, loopStart,
                markers, alertRules, other);
    }

    /** The same request for another kind of chart. */
    public ChartRequest withKind(ChartKind other) {
        return new ChartRequest(other, index, subjects, allGroups, stage, from, to, window, method, level, loopStart,
                markers, alertRules, today);
    }
}
