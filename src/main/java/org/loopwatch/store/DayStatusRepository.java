package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether days are open or closed. A day is open until closed; closing and reopening are
 * audited, and reopening needs a reason (it is a change to a closed day).
 */
public final class DayStatusRepository {

    private final SqlSession session;

    DayStatusRepository(SqlSession session) {
        this.session = session;
    }

    public boolean isClosed(LocalDate date) {
        return closure(date).isPresent();
    }

    /** Who closed the day and when; empty when it is open. */
    public Optional<DayClosure> closure(LocalDate date) {
        return session.read(connection -> closure(connection, session.engine(), date));
    }

    /** All closed days, ascending. */
    public List<DayClosure> findClosed() {
        return session.read(connection -> {
            List<DayClosure> closed = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT date, closed_at, closed_by FROM day_status WHERE closed ORDER BY date");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    closed.add(map(session.engine(), rows));
                }
            }
            return closed;
        });
    }

    /**
     * Closes a day. Closing a closed day changes nothing and writes no audit row.
     *
     * @param reason optional note kept in the audit log
     * @return true when the day was open before
     */
    public boolean close(LocalDate date, String reason) {
        return session.write(connection -> {
            if (closure(connection, session.engine(), date).isPresent()) {
                return false;
            }
            Instant now = session.now();
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO day_status (date, closed, closed_at, closed_by) VALUES (?, TRUE, ?, ?)
                    ON CONFLICT (date) DO UPDATE SET closed = TRUE, closed_at = excluded.closed_at,
                                                     closed_by = excluded.closed_by""")) {
                session.engine().setDate(upsert, 1, date);
                session.engine().setTime(upsert, 2, now);
                upsert.setString(3, session.user());
                upsert.executeUpdate();
            }
            AuditWriter.write(connection, session, AuditDraft.forDay(AuditAction.CLOSE_DAY, date,
                    status(false), status(true), reason));
            return true;
        });
    }

    /**
     * Reopens a closed day. Reopening an open day changes nothing.
     *
     * @param reason why; required, since reopening is a change to a closed day
     * @return true when the day was closed before
     * @throws ReasonRequiredException when the day is closed and the reason is blank
     */
    public boolean reopen(LocalDate date, String reason) {
        return session.write(connection -> {
            if (closure(connection, session.engine(), date).isEmpty()) {
                return false;
            }
            if (reason == null || reason.isBlank()) {
                throw StoreMessages.reasonRequired(List.of(date));
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE day_status SET closed = FALSE, closed_at = NULL, closed_by = NULL WHERE date = ?")) {
                session.engine().setDate(update, 1, date);
                update.executeUpdate();
            }
            AuditWriter.write(connection, session, AuditDraft.forDay(AuditAction.REOPEN_DAY, date,
                    status(true), status(false), reason));
            return true;
        });
    }

    private static String status(boolean closed) {
        return AuditValues.json(Map.of("closed", closed));
    }

    private static Optional<DayClosure> closure(Connection connection, Engine engine, LocalDate date)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT date, closed_at, closed_by FROM day_status WHERE date = ? AND closed")) {
            engine.setDate(query, 1, date);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(map(engine, rows)) : Optional.empty();
            }
        }
    }

    private static DayClosure map(Engine engine, ResultSet rows) throws SQLException {
        return new DayClosure(Engine.date(rows, 1), engine.time(rows, 2), rows.getString(3));
    }
}
