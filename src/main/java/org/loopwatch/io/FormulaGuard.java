package org.loopwatch.io;

/**
 * Keeps spreadsheets from running exported text as a formula (SPEC §5), reversibly.
 *
 * <p>A cell that starts with {@code = + - @} is a formula to Excel, LibreOffice and Google Sheets
 * (CSV injection). Export puts one apostrophe before any text cell that matches
 * {@code '*[=+\-@].*} — any number of apostrophes followed by one of those characters — and import
 * removes exactly one apostrophe from a cell of that shape. So {@code =SUM(A1)} is written
 * {@code '=SUM(A1)} (the spreadsheet shows the text, hiding the apostrophe), and a note that
 * really starts with {@code '=} is written {@code ''=} and read back as {@code '=}: every text
 * round-trips exactly, and a cell without a leading formula character is never touched.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The cell as export writes it. */
    public static String neutralise(String text) {
        return needsGuard(text, 0) ? "'" + text : text;
    }

    /** The cell as import reads it: one guarding apostrophe removed, if the cell has the guarded shape. */
    public static String restore(String text) {
        return text.startsWith("'") && needsGuard(text, 1) ? text.substring(1) : text;
    }

    /* True when, from index start on, the text is apostrophes followed by a formula character. */
    private static boolean needsGuard(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
