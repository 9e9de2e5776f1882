package org.loopwatch.io;

import java.util.List;
import org.loopwatch.domain.DailyResult;

/**
 * A checked file, ready to write: every row valid, nothing written yet.
 *
 * @param fileName  the file's name, for the audit reason
 * @param rows      the rows; a row for a group still to be created has group id
 *                  {@code -(i + 1)} for the i-th of {@code newGroups}
 * @param newGroups groups to create, in the spelling of their first row
 * @param replacing how many rows overwrite stored rows
 * @param warnings  things worth a look that do not block (e.g. a date before the loop start)
 * @param identical rows of the file equal to stored ones, left out of {@code rows}: no conflict, nothing to write
 */
public record ImportPlan(String fileName, List<DailyResult> rows, List<String> newGroups, int replacing,
                         boolean replaceExisting, List<ImportProblem> warnings, int identical) {

    public ImportPlan {
        rows = List.copyOf(rows);
        newGroups = List.copyOf(newGroups);
        warnings = List.copyOf(warnings);
    }

    /** A plan in which no row equals a stored one. */
    public ImportPlan(String fileName, List<DailyResult> rows, List<String> newGroups, int replacing,
                      boolean replaceExisting, List<ImportProblem> warnings) {
        this(fileName, rows, newGroups, replacing, replaceExisting, warnings, 0);
    }
}
