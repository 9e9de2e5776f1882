package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes audit rows inside the caller's transaction, so a change and its audit row are saved
 * together or not at all. One writer serves one transaction; every row it writes carries the same
 * time, so a batch import reads as one moment in the log.
 */
final class AuditWriter implements AutoCloseable {

    /** Fixed width (always milliseconds, always 'Z') so stored times sort as text. */
    static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final PreparedStatement insert;
    private final Engine engine;
    private final Instant at;
    private final String user;

    AuditWriter(Connection connection, SqlSession session) throws SQLException {
        this.insert = connection.prepareStatement("""
                INSERT INTO audit_log (at_utc, changed_by, action, entity, entity_key, date, group_id, stage,
                                       old_value, new_value, reason, desk)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        this.engine = session.engine();
        this.at = session.now();
        this.user = session.user();
    }

    /** Writes one audit row in the current transaction. */
    static void write(Connection connection, SqlSession session, AuditDraft draft) throws SQLException {
        try (AuditWriter writer = new AuditWriter(connection, session)) {
            writer.write(draft);
        }
    }

    void write(AuditDraft draft) throws SQLException {
        bind(draft);
        insert.executeUpdate();
    }

    /** Queues a row for {@link #flush()}: one native call for many rows, for batch imports. */
    void add(AuditDraft draft) throws SQLException {
        bind(draft);
        insert.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    private void bind(AuditDraft draft) throws SQLException {
        engine.setTime(insert, 1, at);
        insert.setString(2, user);
        insert.setString(3, draft.action().code());
        insert.setString(4, draft.entity().code());
        insert.setString(5, draft.entityKey() == null ? "" : draft.entityKey());
        engine.setDateOrNull(insert, 6, draft.date());
        if (draft.groupId() == null) {
            insert.setNull(7, Types.INTEGER);
        } else {
            insert.setLong(7, draft.groupId());
        }
        setNullable(8, draft.stage() == null ? null : draft.stage().code());
        setNullable(9, draft.oldValue());
        setNullable(10, draft.newValue());
        insert.setString(11, draft.reason() == null ? "" : draft.reason().strip());
        insert.setString(12, Desk.name());
    }

    /*
     * An import stamps 100,000 rows with one instant: the last text is kept, as formatting it again
     * for every row made a tenth of the import's garbage.
     */
    private static volatile Stamp lastStamp = new Stamp(Instant.EPOCH, UTC_TIME.format(Instant.EPOCH));

    private record Stamp(Instant instant, String text) {
    }

    static String format(Instant instant) {
        Stamp last = lastStamp;
        if (last.instant().equals(instant)) {
            return last.text();
        }
        String text = UTC_TIME.format(instant);
        lastStamp = new Stamp(instant, text);
        return text;
    }

    private void setNullable(int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
