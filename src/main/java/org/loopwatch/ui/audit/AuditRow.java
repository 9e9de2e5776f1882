package org.loopwatch.ui.audit;

/**
 * One audit log line as the screen shows it: every field already readable text.
 *
 * @param id     the audit row id (newest is largest)
 * @param time   when the change was saved, in local time
 * @param what   the affected item, e.g. "2022-01-04 · Athletes · Arrival (airport)"
 * @param before the value before the change, empty for an addition
 * @param after  the value after the change, empty for a deletion
 */
public record AuditRow(long id, String time, String user, String action, String what, String before,
                       String after, String reason) {

    /** The column titles, in the order of {@link #cells()}. */
    public static final String[] HEADERS = {"Time", "User", "Action", "What", "Before", "After", "Reason"};

    /** The fields in column order, e.g. for copying to the clipboard. */
    public String[] cells() {
        return new String[] {time, user, action, what, before, after, reason};
    }
}
