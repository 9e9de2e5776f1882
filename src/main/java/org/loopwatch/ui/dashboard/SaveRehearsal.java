package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.ui.DataChanges.ResultChange;

/**
 * The saves a freshly opened dashboard rehearses in memory before the person's first one
 * (decision 0073): the figures a save leads to are worked out beside its write, and in a JVM
 * that has just started that code runs interpreted — the first twenty saves of a session took
 * 1.6 × as long as the twenty after them. Rehearsing the same work, on changes nobody made and
 * nothing shows, lets the JIT compile it first.
 *
 * <p>The changes are those of a morning's entry: each group and stage on the last day with
 * results and on the day after it, one test more than the cell holds (or a first day's 100 tests
 * and one positive). Only ever worked out on a copy of the inputs; never written, never shown.
 */
final class SaveRehearsal {

    /** How many saves are rehearsed: about as many as it took the benchmark's saves to settle. */
    static final int ROUNDS = 32;

    /** Off with {@code -Dloopwatch.rehearse-saves=false}. */
    static final boolean ENABLED = !"false".equals(System.getProperty("loopwatch.rehearse-saves"));

    private SaveRehearsal() {
    }

    /** {@code rounds} changes to rehearse on {@code inputs}; none when they hold no results or groups. */
    static List<ResultChange> changes(ChartInputs inputs, int rounds) {
        Optional<LocalDate> last = inputs.index().lastDate();
        List<Group> groups = inputs.groups();
        List<ResultChange> changes = new ArrayList<>();
        if (last.isEmpty() || groups.isEmpty()) {
            return changes;
        }
        Stage[] stages = Stage.values();
        for (int round = 0; round < rounds; round++) {
            Group group = groups.get(round % groups.size());
            Stage stage = stages[(round / groups.size()) % stages.length];
            LocalDate day = last.get().plusDays(round % 2); // the last day, and the morning after it
            Counts now = inputs.index().cell(day, group.id(), stage)
                    .map(held -> new Counts(held.tests() + 1, held.positives()))
                    .orElse(new Counts(100, 1));
            changes.add(new ResultChange(new org.loopwatch.domain.ResultKey(day, group.id(), stage),
                    Optional.of(new DailyResult(day, group.id(), stage, now.tests(), now.positives(), ""))));
        }
        return changes;
    }
}
