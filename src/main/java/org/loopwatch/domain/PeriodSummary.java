package org.loopwatch.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of a period for every subject and stage scope asked for: what tiles, the briefing's
 * summary table, {@code loopwatch summary} and the daily statement all read, so that they can
 * never disagree. Made by {@link PeriodSummaryCalculator#summarize}.
 *
 * @param request  what was summarised (period, window, interval, reporting bounds)
 * @param subjects one entry per requested subject, in the requested order
 */
public record PeriodSummary(PeriodSummaryRequest request, List<SubjectSummary> subjects) {

    public PeriodSummary {
        subjects = List.copyOf(subjects);
    }

    /**
     * Every alert of the period once, whichever subjects and scopes hold its cell, by date, group
     * id, then stage: what an alert list and the briefing show.
     */
    public List<Exceedance> alerts() {
        Map<ResultKey, Exceedance> alerts = new TreeMap<>(Comparator.comparing(ResultKey::date)
                .thenComparingLong(ResultKey::groupId).thenComparing(ResultKey::stage));
        for (SubjectSummary subject : subjects) {
            for (StageFigures figures : subject.stages()) {
                figures.alerts().forEach(alert -> alerts.put(alert.cell(), alert));
            }
        }
        return List.copyOf(alerts.values());
    }

    /** The figures of a subject (by its key) in a scope; empty when not summarised. */
    public Optional<StageFigures> find(String subjectKey, StageScope scope) {
        return subjects.stream().filter(summary -> summary.subject().key().equals(subjectKey)).findFirst()
                .flatMap(summary -> summary.stage(scope));
    }
}
