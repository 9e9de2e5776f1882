package org.loopwatch.io;

/**
 * Finds where CSV records start without parsing them, to name the line of a record the parser
 * gave up on.
 */
final class RecordScanner {

    private RecordScanner() {
    }

    /**
     * The position where the record after the one starting at {@code start} begins: past the first
     * line break outside double quotes, and past any blank lines. The text length when there is none.
     */
    static int startOfNextRecord(String text, int start) {
        boolean quoted = false;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote toggles twice, which is right
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            i++;
        }
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return Math.min(i, text.length());
    }
}
