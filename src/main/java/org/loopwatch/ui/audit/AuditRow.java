package org.loopwatch.ui.audit;

import java.time.Instant;
import java.util.List;
import org.loopwatch.domain.text.Texts;

/**
 * One audit log line as the screen shows it: every field already readable text, plus what a file
 * export needs besides (the time in UTC, the stored values as written).
 *
 * @param id       the audit row id (newest is largest)
 * @param time     when the change was saved, in local time, in the one date style
 * @param user     the OS user (database file) or the database user (team database)
 * @param desk     the computer the change came from; empty for old rows
 * @param what     the affected item with group names as they were then, e.g. "4 Jan 2022 · Athletes · arrival"
 * @param before   the value before the change, empty for an addition
 * @param after    the value after the change, empty for a deletion
 * @param detail   every field on its own line, for the detail view
 * @param at       when the change was saved (UTC)
 * @param actionCode the stored action, e.g. "update"
 * @param oldValue the stored old value as written (JSON)
 * @param newValue the stored new value as written (JSON)
 */
public record AuditRow(long id, String time, String user, String desk, String action, String what, String before,
                       String after, String reason, String detail, Instant at, String actionCode, String oldValue,
                       String newValue) {

    private static final Texts TEXT = Texts.of(AuditRow.class);

    /** The column titles of a copy, in the order of {@link #cells()}. */
    public static List<String> headers() {
        return List.of(TEXT.get("audit.col.time"), TEXT.get("audit.col.user"), TEXT.get("audit.col.desk"),
                TEXT.get("audit.col.action"), TEXT.get("audit.col.what"), TEXT.get("audit.col.before"),
                TEXT.get("audit.col.after"), TEXT.get("audit.col.reason"));
    }

    /** The fields in column order, e.g. for copying to the clipboard. */
    public String[] cells() {
        return new String[] {time, user, desk, action, what, before, after, reason};
    }

    /** The columns of an exported file: stable names, times in ISO (UTC), stored values as written. */
    public static final List<String> FILE_COLUMNS = List.of("id", "time_utc", "user", "desk", "action", "what",
            "before", "after", "reason", "old_value", "new_value");

    /** This row as a line of an exported file, in {@link #FILE_COLUMNS} order. */
    public List<String> fileCells() {
        return List.of(Long.toString(id), at.toString(), user, desk, actionCode, what, before, after, reason,
                oldValue, newValue);
    }
}
