package org.loopwatch.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.ResultKey;

/**
 * One alert of the dashboard's period as the alert list shows it: its cell and its explanation
 * (counts, baseline, probability) in the interface language, computed off the FX thread.
 */
record AlertItem(ResultKey cell, String explanation) {

    /** The period's alerts, newest first (the one a person acts on comes first). */
    static List<AlertItem> of(PeriodSummary summary, List<Group> groups) {
        AlertExplanations fresh = new AlertExplanations();
        fresh.startComputation();
        return of(summary, groups, fresh);
    }

    /** As {@link #of(PeriodSummary, List)}, each sentence taken from {@code texts} when it wrote it before. */
    static List<AlertItem> of(PeriodSummary summary, List<Group> groups, AlertExplanations texts) {
        Map<Long, String> names = new HashMap<>();
        groups.forEach(group -> names.put(group.id(), group.name()));
        List<AlertItem> items = new ArrayList<>();
        for (Exceedance alert : summary.alerts().reversed()) {
            items.add(new AlertItem(alert.cell(), texts.explain(alert,
                    names.getOrDefault(alert.cell().groupId(), "#" + alert.cell().groupId()))));
        }
        return items;
    }
}
