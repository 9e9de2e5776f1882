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
 * @param cell   where a spreadsheet shows it: a cell such as {@code Sheet1!D17} or a row such as
 *               {@code Sheet1!17:17} of an .xlsx workbook (then {@code line} is the row number);
 *               empty for a CSV file
 * @param value  the name the problem is about, as the file has it: an unknown or misspelt group's
 *               (so that the app can name it without reading it back out of the sentence); empty
 *               for the other kinds
 */
public record ImportProblem(long line, String column, String reason, Kind kind, String cell, String value) {

    /** What sort of problem it is. */
    public enum Kind {
        /** A group that does not exist; fixed by creating groups. */
        UNKNOWN_GROUP,
        /**
         * A group that does not exist, one or two letters from one that does ("Atheletes"): most
         * likely a typo to correct, which creating groups would turn into a group of its own.
         */
        MISSPELT_GROUP,
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
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(value, "value");
    }

    /** A problem of a CSV file, found by its line. */
    public ImportProblem(long line, String column, String reason, Kind kind) {
        this(line, column, reason, kind, "", "");
    }

    /** A group no group of the database has, named {@code name} in the file's row at {@code line}. */
    static ImportProblem unknownGroup(long line, String column, String reason, Kind kind, String name) {
        return new ImportProblem(line, column, reason, kind, "", name);
    }

    /** The same problem, placed at {@code where} in a workbook. */
    ImportProblem at(String where) {
        return new ImportProblem(line, column, reason, kind, where, value);
    }

    static ImportProblem of(long line, String column, String reason) {
        return new ImportProblem(line, column, reason, Kind.OTHER);
    }

    /**
     * The form the command line prints: {@code line N, column C: reason}, or for a workbook
     * {@code Sheet1!D17 (column C): reason}.
     */
    @Override
    public String toString() {
        org.loopwatch.domain.text.Texts text = org.loopwatch.domain.text.Texts.of(ImportProblem.class);
        return cell.isEmpty() ? text.format("problem.line", String.valueOf(line), column, reason)
                : text.format("problem.cell", cell, column, reason);
    }
}
