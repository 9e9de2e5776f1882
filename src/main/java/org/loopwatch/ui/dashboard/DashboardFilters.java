package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.Set;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;

/**
 * The dashboard's filters at one moment, handed whole to the background computation.
 *
 * @param stage          arrival and in-loop apart (the default), one of them, or both mixed
 * @param hiddenSubjects keys of the groups and rollups the person switched off; everything else
 *                       is shown, so a group added later appears without a click
 * @param today          no group is missing a report after this day
 */
record DashboardFilters(LocalDate from, LocalDate to, StageChoice stage, RollingWindow window, IntervalMethod method,
                        ConfidenceLevel level, Set<String> hiddenSubjects, LocalDate today) {

    DashboardFilters {
        hiddenSubjects = Set.copyOf(hiddenSubjects);
    }
}
