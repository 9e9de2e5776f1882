package org.loopwatch.report;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.StageFilter;

/**
 * Which groups and rollups an export shows by default: those with at least one reported row in
 * the period. A new database's default groups that never reported would otherwise fill legends
 * and tables with "no tests".
 */
final class ExportSubjects {

    private ExportSubjects() {
    }

    static List<ChartSubject> withData(ChartInputs inputs, List<ChartSubject> candidates, StageFilter stage,
                                       LocalDate first, LocalDate last) {
        return trimmed(inputs, candidates, stage, first, last).stream()
                .filter(subject -> hasRows(inputs.index(), subject, stage, first, last)).toList();
    }

    /**
     * Rollups without the member groups that never reported in the period: a group that was set
     * up but never used (such as a new database's default groups) would otherwise mark every
     * window of "All groups" incomplete.
     */
    static List<ChartSubject> trimmed(ChartInputs inputs, List<ChartSubject> subjects, StageFilter stage,
                                      LocalDate first, LocalDate last) {
        return subjects.stream().map(subject -> subject.rollup() ? trim(inputs.index(), subject, stage, first, last)
                : subject).toList();
    }

    private static ChartSubject trim(ResultIndex index, ChartSubject rollup, StageFilter stage, LocalDate first,
                                     LocalDate last) {
        Set<Long> reporting = new LinkedHashSet<>();
        for (long groupId : rollup.groupIds()) {
            ChartSubject one = new ChartSubject("member", "member", Set.of(groupId), false, rollup.colour());
            if (hasRows(index, one, stage, first, last)) {
                reporting.add(groupId);
            }
        }
        return new ChartSubject(rollup.key(), rollup.name(), reporting, true, rollup.colour());
    }

    static boolean hasRows(ResultIndex index, ChartSubject subject, StageFilter stage, LocalDate first,
                           LocalDate last) {
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (long groupId : subject.groupIds()) {
                for (Stage one : stage.stages()) {
                    if (index.isReported(date, groupId, one)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
