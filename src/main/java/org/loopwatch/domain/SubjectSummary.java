package org.loopwatch.domain;

import java.util.List;
import java.util.Optional;

/** A subject's figures in each stage scope asked for, in the order asked. */
public record SubjectSummary(SummarySubject subject, List<StageFigures> stages) {

    public SubjectSummary {
        stages = List.copyOf(stages);
    }

    /** The figures of one scope; empty when the summary was not asked for it. */
    public Optional<StageFigures> stage(StageScope scope) {
        return stages.stream().filter(figures -> figures.scope() == scope).findFirst();
    }
}
