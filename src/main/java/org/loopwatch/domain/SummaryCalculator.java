package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The summary table of the command line ({@code loopwatch summary}) and the briefing.
 *
 * <p>Rows are nested group first: each group in display order (ties by name, inactive groups
 * included since their data counts), then {@value #ALL_GROUPS} for all groups together; within
 * each, the stages {@code arrival}, {@code in_loop}, then {@value #ALL_STAGES}. So n groups give
 * (n + 1) × 3 rows, also when a group has no data in the period (its rows say "no tests").
 */
public final class SummaryCalculator {

    /** The group name of the rows that sum all groups. */
    public static final String ALL_GROUPS = "*";
    /** The stage name of the rows that sum both stages. */
    public static final String ALL_STAGES = "all";

    private SummaryCalculator() {
    }

    /** Indexes {@code results} and summarises them; see {@link #summarize(ResultIndex, Collection, LocalDate, LocalDate, IntervalMethod, ConfidenceLevel)}. */
    public static List<SummaryRow> summarize(List<DailyResult> results, Collection<Group> groups, LocalDate from,
                                             LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        return summarize(ResultIndex.of(results), groups, from, to, method, level);
    }

    /**
     * Summary rows from {@code from} to {@code to} inclusive, in the order described above: the
     * period figures of {@link PeriodSummaryCalculator}, flattened into rows. Returns rows of "no
     * tests" when {@code to} is before {@code from}.
     */
    public static List<SummaryRow> summarize(ResultIndex index, Collection<Group> groups, LocalDate from,
                                             LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        List<Group> ordered = groups.stream()
                .sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name))
                .toList();
        List<SummarySubject> subjects = new ArrayList<>();
        ordered.forEach(group -> subjects.add(SummarySubject.ofGroup(group)));
        subjects.add(new SummarySubject(ALL_GROUPS, ALL_GROUPS,
                Selection.allGroups(ordered, Selection.BOTH_STAGES).groupIds(), true));
        boolean empty = to.isBefore(from);
        PeriodSummary summary = PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(
                        empty ? ResultIndex.of(List.of()) : index, ordered, subjects, empty ? to : from, to)
                .withScopes(List.of(StageScope.ARRIVAL, StageScope.IN_LOOP, StageScope.BOTH))
                .withInterval(method, level));
        List<SummaryRow> rows = new ArrayList<>((ordered.size() + 1) * 3);
        for (SubjectSummary subject : summary.subjects()) {
            for (StageFigures figures : subject.stages()) {
                rows.add(new SummaryRow(subject.subject().name(), figures.scope().code(), figures.period().counts(),
                        figures.period()));
            }
        }
        return rows;
    }
}
