package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.Set;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.report.chart.StageFilter;

/**
 * The dashboard's filters at one moment, handed whole to the background computation.
 *
 * @param hiddenSubjects keys of the groups and rollups the person switched off; everything else
 *                       is shown, so a group added later appears without a click
 */
record DashboardFilters(LocalDate from, LocalDate to, StageFilter stage, RollingWindow window, IntervalMethod method,
                        ConfidenceLevel level, Set<String> hiddenSubjects) {

    DashboardFilters {
        hiddenSubjects = Set.copyOf(hiddenSubjects);
    }
}
