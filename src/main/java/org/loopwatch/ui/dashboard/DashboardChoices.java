package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartInputs;

/**
 * The dashboard's filter values and which of them the person chose, at one moment: what the
 * filters become once newly read data brings its defaults (Settings, the last day with data).
 * A value, so the background thread can work out the filters a read leads to and compute the
 * dashboard in the same task as the read (decision 0049), the FX thread then setting the same
 * values on its properties.
 */
record DashboardChoices(LocalDate from, LocalDate to, StageChoice stage, RollingWindow window, IntervalMethod method,
                        ConfidenceLevel level, boolean datesChosen, boolean stageChosen, boolean windowChosen,
                        boolean methodChosen, boolean levelChosen) {

    /** The values after {@code loaded}'s defaults: a value the person chose stays, the others follow the data. */
    DashboardChoices withDefaults(ChartInputs loaded) {
        LocalDate newFrom = from;
        LocalDate newTo = to;
        if ((!datesChosen || from == null || to == null) && loaded.index().lastDate().isPresent()) {
            newTo = loaded.index().lastDate().get();
            newFrom = DashboardCalculator.defaultFrom(loaded, newTo);
        }
        return new DashboardChoices(newFrom, newTo, stageChosen ? stage : loaded.stage(),
                windowChosen ? window : loaded.window(), methodChosen ? method : loaded.method(),
                levelChosen ? level : loaded.level(), datesChosen, stageChosen, windowChosen, methodChosen, levelChosen);
    }

    /**
     * The filters to compute with; empty when the period is missing or backwards (the view model
     * says so in words).
     */
    Optional<DashboardFilters> filters(ChartInputs current, Set<String> hiddenSubjects, LocalDate today) {
        if (current.hasNoResults()) {
            return Optional.of(new DashboardFilters(today, today, stage, window, method, level, hiddenSubjects, today));
        }
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new DashboardFilters(from, to, stage, window, method, level, hiddenSubjects, today));
    }
}
