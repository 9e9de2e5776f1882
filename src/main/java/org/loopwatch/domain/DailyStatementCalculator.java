package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link DailyStatement} from {@link PeriodSummaryCalculator}, the computation behind
 * tiles, the briefing and {@code loopwatch summary}, so the statement's figures and its "not
 * reported" are theirs: once for the day, once from the loop start to the day.
 */
public final class DailyStatementCalculator {

    private DailyStatementCalculator() {
    }

    /**
     * The statement of {@code date}.
     *
     * @param index     every stored result (completeness needs each group's first result)
     * @param groups    every group, active or not
     * @param loopStart the event's loop start; the cumulative figures start there, or at the first
     *                  result when there is no event, and at the day itself when it comes later
     * @param today     no group is due to report after it
     */
    public static DailyStatement statement(ResultIndex index, Collection<Group> groups, LocalDate date,
                                           Optional<LocalDate> loopStart, LocalDate today) {
        LocalDate start = loopStart.or(index::firstDate).filter(first -> !first.isAfter(date)).orElse(date);
        List<Group> ordered = groups.stream()
                .sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name)).toList();
        List<SummarySubject> subjects = new ArrayList<>();
        ordered.forEach(group -> subjects.add(SummarySubject.ofGroup(group)));
        subjects.add(new SummarySubject(SummaryCalculator.ALL_GROUPS, SummaryCalculator.ALL_GROUPS,
                Selection.allGroups(ordered, Selection.BOTH_STAGES).groupIds(), true));
        PeriodSummary day = PeriodSummaryCalculator.summarize(
                PeriodSummaryRequest.of(index, ordered, subjects, date, date).withReportingBounds(loopStart, today));
        PeriodSummary since = PeriodSummaryCalculator.summarize(
                PeriodSummaryRequest.of(index, ordered, subjects, start, date).withReportingBounds(loopStart, today));
        List<DailyStatement.Line> lines = new ArrayList<>();
        for (StageScope scope : PeriodSummaryRequest.STAGES_APART) {
            for (SummarySubject subject : subjects) {
                StageFigures ofDay = day.find(subject.key(), scope).orElseThrow();
                StageFigures cumulative = since.find(subject.key(), scope).orElseThrow();
                lines.add(new DailyStatement.Line(subject.name(), scope.code(), ofDay.period().counts(),
                        cumulative.period().counts(), ofDay.periodCompleteness(),
                        cumulative.periodCompleteness()));
            }
        }
        return new DailyStatement(date, start, lines);
    }

    /** The statement of a day whose cumulative figures start at {@code loopStart}, judged as of that day. */
    public static DailyStatement statement(ResultIndex index, Collection<Group> groups, LocalDate date,
                                           LocalDate loopStart) {
        return statement(index, groups, date, Optional.of(loopStart), date);
    }
}
