package org.loopwatch.domain;

import java.util.List;
import java.util.Optional;

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

    /** The figures of a subject (by its key) in a scope; empty when not summarised. */
    public Optional<StageFigures> find(String subjectKey, StageScope scope) {
        return subjects.stream().filter(summary -> summary.subject().key().equals(subjectKey)).findFirst()
                .flatMap(summary -> summary.stage(scope));
    }
}
