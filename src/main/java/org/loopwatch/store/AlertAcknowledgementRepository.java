package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/**
 * Acknowledgements of alerts (issue 21). Alerts themselves are computed from the results by the
 * domain; what is stored is that a person saw one and what they noted. Acknowledging is audited
 * (action {@code acknowledge}, entity {@code alert}) and needs the entry role in a team database.
 */
public final class AlertAcknowledgementRepository {

    private final SqlSession session;

    AlertAcknowledgementRepository(SqlSession session) {
        this.session = session;
    }

    /** Every acknowledgement by its cell. */
    public Map<ResultKey, AlertAcknowledgement> findAll() {
        return session.read(connection -> {
            Map<ResultKey, AlertAcknowledgement> found = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT date, group_id, stage, note, acknowledged_at, acknowledged_by, desk
                    FROM alert_acknowledgements ORDER BY date, group_id, stage""");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    read(rows).ifPresent(ack -> found.put(ack.cell(), ack));
                }
            }
            return found;
        });
    }

    /**
     * Acknowledges the alert of a cell with a note, or replaces the note of an earlier
     * acknowledgement (the audit row keeps the old one).
     *
     * @throws IllegalArgumentException when the note is blank; nothing is written
     */
    public AlertAcknowledgement acknowledge(ResultKey cell, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an acknowledgement needs a note saying what was seen or done");
        }
        return session.write(TeamRole.ENTRY, connection -> {
            Optional<AlertAcknowledgement> old = find(connection, cell);
            AlertAcknowledgement now = new AlertAcknowledgement(cell, text, session.now(), session.user(), Desk.name());
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM alert_acknowledgements WHERE date = ? AND group_id = ? AND stage = ?")) {
                bindCell(delete, cell);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO alert_acknowledgements (date, group_id, stage, note, acknowledged_at, acknowledged_by, desk)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                bindCell(insert, cell);
                insert.setString(4, now.note());
                session.engine().setTime(insert, 5, now.at());
                insert.setString(6, now.by());
                insert.setString(7, now.desk());
                insert.executeUpdate();
            }
            AuditWriter.write(connection, session, new AuditDraft(AuditAction.ACKNOWLEDGE, AuditEntity.ALERT, "",
                    cell.date(), cell.groupId(), cell.stage(), old.map(ack -> values(ack.note())).orElse(null),
                    values(text), ""));
            return now;
        });
    }

    private Optional<AlertAcknowledgement> find(Connection connection, ResultKey cell) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT date, group_id, stage, note, acknowledged_at, acknowledged_by, desk
                FROM alert_acknowledgements WHERE date = ? AND group_id = ? AND stage = ?""")) {
            bindCell(query, cell);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? read(rows) : Optional.empty();
            }
        }
    }

    private void bindCell(PreparedStatement statement, ResultKey cell) throws SQLException {
        session.engine().setDate(statement, 1, cell.date());
        statement.setLong(2, cell.groupId());
        statement.setString(3, cell.stage().code());
    }

    private Optional<AlertAcknowledgement> read(ResultSet rows) throws SQLException {
        Optional<Stage> stage = Stage.fromCode(rows.getString(3));
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        ResultKey cell = new ResultKey(Engine.date(rows, 1), rows.getLong(2), stage.get());
        return Optional.of(new AlertAcknowledgement(cell, rows.getString(4), session.engine().time(rows, 5),
                rows.getString(6), rows.getString(7)));
    }

    private static String values(String note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("note", note);
        return AuditValues.json(fields);
    }
}
