package org.loopwatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.NearestName;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.StageFilter;

/**
 * Which groups and rollups an export shows by default: those with at least one reported row in
 * the period. A new database's default groups that never reported would otherwise fill legends
 * and tables with "no tests".
 */
final class ExportSubjects {

    private static final Texts TEXT = Texts.of(ExportSubjects.class);

    private ExportSubjects() {
    }

    /*
     * A rollup keeps all its members, also those without rows in the period: its cumulative count
     * since the loop start and its rolling windows that reach back before the period count their
     * earlier rows, as the dashboard's do. (Exports once dropped them, which left a group that had
     * stopped reporting out of "All groups".) A member that never reported makes no window
     * incomplete: it is never due (ReportingCompleteness).
     */
    static List<ChartSubject> withData(ChartInputs inputs, List<ChartSubject> candidates, StageFilter stage,
                                       LocalDate first, LocalDate last) {
        return candidates.stream().filter(subject -> hasRows(inputs.index(), subject, stage, first, last)).toList();
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

    /**
     * The groups and rollups named (any case; a group before a rollup of the same name), each once,
     * in the order given; throws {@link ExportInputException} naming the choices for an unknown name.
     */
    static List<ChartSubject> named(ChartInputs inputs, List<String> names) {
        List<ChartSubject> chosen = new ArrayList<>();
        for (String name : names) {
            ChartSubject subject = find(inputs, name.strip());
            if (!chosen.contains(subject)) {
                chosen.add(subject);
            }
        }
        return chosen;
    }

    private static ChartSubject find(ChartInputs inputs, String name) {
        for (Group group : inputs.groups()) {
            if (group.hasName(name)) {
                return ChartSubject.ofGroup(group, inputs.groups());
            }
        }
        List<Rollup> rollups = inputs.rollups();
        for (int i = 0; i < rollups.size(); i++) {
            if (rollups.get(i).name().equalsIgnoreCase(name)) {
                return ChartSubject.ofRollup(rollups.get(i), inputs.groups(), i);
            }
        }
        List<String> known = new ArrayList<>(inputs.groups().stream().map(Group::name).toList());
        rollups.forEach(rollup -> known.add(rollup.name()));
        String choices = ListStyle.names(known);
        throw new ExportInputException(NearestName.meant(name, known)
                .map(meant -> TEXT.format("export.unknownSubjectMeant", name, meant, choices))
                .orElseGet(() -> TEXT.format("export.unknownSubject", name, choices)));
    }
}
