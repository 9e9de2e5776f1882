package org.loopwatch.io;

import java.util.Comparator;
import java.util.Objects;

/**
 * One reason a CSV file cannot be imported.
 *
 * @param line   the physical line of the file (1 = the header) where the row starts; line breaks
 *               inside quoted notes count, so an editor's "go to line" finds the row
 * @param column the column name, or {@code -} when the problem is not about one cell
 * @param reason a sentence saying what is wrong and what to do
 * @param kind   lets the app offer "create the groups" or "replace the rows" instead of failing
 */
public record ImportProblem(long line, String column, String reason, Kind kind) {

    /** What sort of problem it is. */
    public enum Kind {
        /** A group that does not exist; fixed by creating groups. */
        UNKNOWN_GROUP,
        /** A row that exists in the database; fixed by replacing. */
        CONFLICT,
        /** Anything else: the file must be corrected. */
        OTHER
    }

    /** Line order, then column order as the file has them. */
    public static final Comparator<ImportProblem> IN_FILE_ORDER = Comparator.comparingLong(ImportProblem::line);

    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
    }

    static ImportProblem of(long line, String column, String reason) {
        return new ImportProblem(line, column, reason, Kind.OTHER);
    }

    /** The form the command line prints: {@code line N, column C: reason}. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + reason;
    }
}
