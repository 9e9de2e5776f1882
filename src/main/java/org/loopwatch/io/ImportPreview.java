package org.loopwatch.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import would do, before anything is written: how many rows are new, identical to the
 * stored ones (no conflict: nothing to write), changed (they replace stored values) and bad, and
 * the warnings, each kind once with how many rows have it ("50,000 rows before the loop start"
 * is one line, not 50,000). Built from a checked plan of rows, whatever file format they came
 * from, so CSV and Excel imports preview alike.
 *
 * @param fileName the file's name
 * @param newRows  rows for a date, group and stage with no stored row
 * @param identical rows equal to the stored row (tests, positives and note)
 * @param changed  rows that differ from a stored row; written only with "replace"
 * @param badRows  lines with a problem that blocks the import (changed rows without "replace" not counted)
 * @param problems every problem, in file order; empty when the file can be imported as chosen
 * @param warnings the warnings, grouped by kind
 * @param plan     the plan to write when there is no problem
 */
public record ImportPreview(String fileName, int newRows, int identical, int changed, long badRows,
                            List<ImportProblem> problems, List<Group> warnings, Optional<ImportPlan> plan) {

    /**
     * One kind of warning or problem.
     *
     * @param example   the first row's sentence
     * @param rows      how many rows have it
     * @param firstLine the line of the first of them
     */
    public record Group(String example, long rows, long firstLine) {
    }

    public ImportPreview {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The preview of a checked file: its plan, and the problems that keep it from being written. */
    static ImportPreview of(ImportPlan plan, List<ImportProblem> problems) {
        long bad = problems.stream().filter(p -> p.kind() != ImportProblem.Kind.CONFLICT)
                .mapToLong(ImportProblem::line).distinct().count();
        return new ImportPreview(plan.fileName(), plan.rows().size() - plan.replacing(), plan.identical(),
                plan.replacing(), bad, problems, grouped(plan.warnings()),
                problems.isEmpty() ? Optional.of(plan) : Optional.empty());
    }

    /** The preview of a file that could not be read as a whole (e.g. a wrong header). */
    static ImportPreview unreadable(String fileName, List<ImportProblem> problems) {
        long bad = problems.stream().mapToLong(ImportProblem::line).distinct().count();
        return new ImportPreview(fileName, 0, 0, 0, bad, problems, List.of(), Optional.empty());
    }

    /** Whether Import may go ahead as chosen. */
    public boolean canImport() {
        return plan.isPresent();
    }

    /** The problems grouped like the warnings. */
    public List<Group> problemGroups() {
        return grouped(problems);
    }

    /*
     * Two sentences are of one kind when they differ only in their numbers and dates ("2022-01-01
     * is before the loop start" and "2022-01-02 is before …"), in the same column.
     */
    static List<Group> grouped(List<ImportProblem> found) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, ImportProblem> firsts = new LinkedHashMap<>();
        for (ImportProblem problem : found) {
            String kind = problem.column() + "\u0000" + problem.reason().replaceAll("\\d[\\d,.:-]*", "#");
            counts.computeIfAbsent(kind, k -> new long[1])[0]++;
            firsts.putIfAbsent(kind, problem);
        }
        List<Group> groups = new ArrayList<>();
        firsts.forEach((kind, first) -> groups.add(new Group(first.reason(), counts.get(kind)[0], first.line())));
        return groups;
    }
}
