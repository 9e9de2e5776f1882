package org.loopwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.Stage;

/** Reads the audit log. It is written only by the repositories, together with each change. */
public final class AuditRepository {

    private final SqlSession session;

    AuditRepository(SqlSession session) {
        this.session = session;
    }

    /** Rows matching the filter, newest first. */
    public List<AuditEntry> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, at_utc, changed_by, action, entity, entity_key, date, "
                + "group_id, stage, old_value, new_value, reason, desk FROM audit_log WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        filter.affectedFrom().ifPresent(from -> condition(sql, arguments, " AND date >= ?", from));
        filter.affectedTo().ifPresent(to -> condition(sql, arguments, " AND date <= ?", to));
        filter.changedFrom().ifPresent(from -> condition(sql, arguments, " AND at_utc >= ?", from));
        filter.changedTo().ifPresent(to -> condition(sql, arguments, " AND at_utc < ?", to));
        filter.groupId().ifPresent(group -> condition(sql, arguments, " AND group_id = ?", group));
        filter.action().ifPresent(action -> condition(sql, arguments, " AND action = ?", action.code()));
        sql.append(" ORDER BY id DESC LIMIT ").append(filter.limit());
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < arguments.size(); i++) {
                    bind(query, i + 1, arguments.get(i));
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(map(session.engine(), rows));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * Every change to a group (added, renamed, recoloured, deleted), oldest first: with it the
     * audit screen names each group as it was called at the time of a change.
     */
    public List<AuditEntry> groupChanges() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, at_utc, changed_by, action, entity, "
                    + "entity_key, date, group_id, stage, old_value, new_value, reason, desk FROM audit_log "
                    + "WHERE entity = ? ORDER BY id")) {
                query.setString(1, AuditEntity.GROUP.code());
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(map(session.engine(), rows));
                    }
                }
                return entries;
            }
        });
    }

    /** The number of audit rows. */
    public long count() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM audit_log");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** When the last change was saved; empty when nothing was ever changed. */
    public Optional<Instant> lastChangeAt() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT at_utc FROM audit_log ORDER BY id DESC LIMIT 1");
                 ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(session.engine().time(rows, 1)) : Optional.empty();
            }
        });
    }

    private static void condition(StringBuilder sql, List<Object> arguments, String clause, Object argument) {
        sql.append(clause);
        arguments.add(argument);
    }

    private void bind(PreparedStatement query, int index, Object argument) throws SQLException {
        switch (argument) {
            case LocalDate date -> session.engine().setDate(query, index, date);
            case Instant time -> session.engine().setTime(query, index, time);
            default -> query.setObject(index, argument);
        }
    }

    private static AuditEntry map(Engine engine, ResultSet rows) throws SQLException {
        String action = rows.getString("action");
        String entity = rows.getString("entity");
        String date = rows.getString("date");
        long groupId = rows.getLong("group_id");
        boolean hasGroup = !rows.wasNull();
        return new AuditEntry(rows.getLong("id"), engine.time(rows, rows.findColumn("at_utc")), rows.getString("changed_by"),
                AuditAction.fromCode(action).orElseThrow(() -> new SQLException("unknown audit action " + action)),
                AuditEntity.fromCode(entity).orElseThrow(() -> new SQLException("unknown audit entity " + entity)),
                rows.getString("entity_key"),
                Optional.ofNullable(date).map(LocalDate::parse),
                hasGroup ? Optional.of(groupId) : Optional.empty(),
                Optional.ofNullable(rows.getString("stage")).flatMap(Stage::fromCode),
                orEmpty(rows.getString("old_value")), orEmpty(rows.getString("new_value")), rows.getString("reason"),
                rows.getString("desk"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
