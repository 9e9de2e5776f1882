package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.Stage;

/**
 * Small multiples of the rolling-positivity chart (decision 0021): a chart of more than
 * {@value #MAX_PER_PANEL} groups and rollups is drawn as several panels, each with its own value
 * axis: the groups, at most {@value #MAX_PER_PANEL} to a panel in display order, then the rollups
 * together. So no panel stacks more than four translucent bands (six, with the default groups and
 * rollups, made a brown mass), a panel's axis follows its own rates (an in-loop rate of 0.01 % is not
 * flattened by another group's), colours stay distinct within a panel even when twelve groups
 * repeat the eight Okabe–Ito colours, and a rollup is never drawn over its own member groups.
 * Groups and rollups without a result in the period and stage are left out of the panels.
 * The dashboard, the PNG export and the briefing all draw these panels.
 */
public final class ChartPanels {

    /** The most groups or rollups drawn in one panel. */
    public static final int MAX_PER_PANEL = 4;

    private ChartPanels() {
    }

    /**
     * The panels of a chart: the request itself when it is not a rolling chart or has at most
     * {@value #MAX_PER_PANEL} subjects with results; otherwise one request per panel, never empty.
     */
    public static List<ChartRequest> of(ChartRequest request) {
        if (request.kind() != ChartKind.ROLLING) {
            return List.of(request);
        }
        List<ChartSubject> drawn = request.subjects().stream().filter(subject -> hasRows(request, subject)).toList();
        if (drawn.isEmpty()) {
            return List.of(request);
        }
        if (drawn.size() <= MAX_PER_PANEL) {
            return List.of(request.withSubjects(drawn));
        }
        List<ChartRequest> panels = new ArrayList<>();
        List<ChartSubject> groups = drawn.stream().filter(subject -> !subject.rollup()).toList();
        for (int start = 0; start < groups.size(); start += MAX_PER_PANEL) {
            panels.add(request.withSubjects(groups.subList(start, Math.min(groups.size(), start + MAX_PER_PANEL))));
        }
        List<ChartSubject> rollups = drawn.stream().filter(ChartSubject::rollup).toList();
        for (int start = 0; start < rollups.size(); start += MAX_PER_PANEL) {
            panels.add(request.withSubjects(rollups.subList(start, Math.min(rollups.size(), start + MAX_PER_PANEL))));
        }
        return panels;
    }

    private static boolean hasRows(ChartRequest request, ChartSubject subject) {
        for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
            for (long groupId : subject.groupIds()) {
                for (Stage stage : request.stage().stages()) {
                    if (request.index().isReported(date, groupId, stage)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
