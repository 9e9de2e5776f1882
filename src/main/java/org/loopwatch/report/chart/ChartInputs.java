package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * What the dashboard, the comparison and the exports read from the database, in one go: groups,
 * rollups, every result indexed, the event's key dates and loop start, and the default window and
 * interval. Load it off the FX thread; it never changes afterwards.
 *
 * @param groups     every group, active or not, in display order
 * @param loopStart  the event's loop start; empty when no event is saved
 * @param stage      the default stage choice of Settings (arrival and in-loop apart unless set)
 * @param alertRules the alert rules per group and stage (issue 21)
 */
public record ChartInputs(List<Group> groups, List<Rollup> rollups, ResultIndex index, List<ChartMarker> markers,
                          Optional<LocalDate> loopStart, RollingWindow window, IntervalMethod method,
                          ConfidenceLevel level, StageChoice stage, AlertRules alertRules) {

    public ChartInputs {
        groups = List.copyOf(groups);
        rollups = List.copyOf(rollups);
        markers = List.copyOf(markers);
    }

    /** Reads everything; throws the store's exceptions, whose messages say what to do. */
    public static ChartInputs load(Database database) {
        ResultIndex index = database.results().index();
        List<Group> groups = database.groups().findAll();
        List<Rollup> rollups = database.rollups().findAll();
        List<ChartMarker> markers = database.event().keyDates().stream()
                .map(keyDate -> new ChartMarker(keyDate.date(), keyDate.label())).toList();
        Optional<LocalDate> loopStart = database.event().find().map(Event::loopStart);
        RollingWindow window = RollingWindow.ofDays(database.settings().rollingWindowDays())
                .orElse(RollingWindow.DEFAULT);
        return new ChartInputs(groups, rollups, index, markers, loopStart, window,
                database.settings().intervalMethod(), database.settings().confidenceLevel(),
                database.settings().defaultStage(), database.alertRules().load());
    }

    /** The same inputs over another index: every stored result after a change of one of them. */
    public ChartInputs withIndex(ResultIndex changed) {
        return new ChartInputs(groups, rollups, changed, markers, loopStart, window, method, level, stage,
                alertRules);
    }

    /** True when no result has been entered yet. */
    public boolean hasNoResults() {
        return index.size() == 0;
    }

    /** The first day cumulative measures count from: the loop start, else the first day with data. */
    public Optional<LocalDate> countingStart() {
        return loopStart.or(index::firstDate);
    }

    /** The active groups, then every rollup: what tiles, filters and comparisons offer. */
    public List<ChartSubject> subjects() {
        List<ChartSubject> subjects = new ArrayList<>();
        groups.stream().filter(Group::active).map(group -> ChartSubject.ofGroup(group, groups)).forEach(subjects::add);
        for (int i = 0; i < rollups.size(); i++) {
            subjects.add(ChartSubject.ofRollup(rollups.get(i), groups, i));
        }
        return subjects;
    }
}
