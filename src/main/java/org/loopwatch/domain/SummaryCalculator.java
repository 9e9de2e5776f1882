package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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

    /** Summary rows from {@code from} to {@code to} inclusive, in the order described above. */
    public static List<SummaryRow> summarize(ResultIndex index, Collection<Group> groups, LocalDate from,
                                             LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        List<Group> ordered = groups.stream()
                .sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name))
                .toList();
        List<SummaryRow> rows = new ArrayList<>((ordered.size() + 1) * 3);
        for (Group group : ordered) {
            addStages(rows, group.name(), Set.of(group.id()), index, from, to, method, level);
        }
        Selection all = Selection.allGroups(ordered, Selection.BOTH_STAGES);
        addStages(rows, ALL_GROUPS, all.groupIds(), index, from, to, method, level);
        return rows;
    }

    private static void addStages(List<SummaryRow> rows, String name, Set<Long> groupIds, ResultIndex index,
                                  LocalDate from, LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        for (Stage stage : Stage.values()) {
            rows.add(row(name, stage.code(), new Selection(groupIds, Set.of(stage)), index, from, to, method, level));
        }
        rows.add(row(name, ALL_STAGES, new Selection(groupIds, Selection.BOTH_STAGES), index, from, to, method, level));
    }

    private static SummaryRow row(String name, String stage, Selection selection, ResultIndex index,
                                  LocalDate from, LocalDate to, IntervalMethod method, ConfidenceLevel level) {
        Counts counts = index.sum(selection, from, to);
        return new SummaryRow(name, stage, counts, PositivityCalculator.estimate(counts, method, level));
    }
}
