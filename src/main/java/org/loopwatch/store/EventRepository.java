package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The event (one per database) and its key dates. Changes are audited. */
public final class EventRepository {

    private final SqlSession session;

    EventRepository(SqlSession session) {
        this.session = session;
    }

    /** The event; empty until one is saved. */
    public Optional<Event> find() {
        return session.read(EventRepository::find);
    }

    /** Saves (creates or replaces) the event. */
    public void save(Event event) {
        session.write(TeamRole.ADMIN, connection -> {
            Optional<Event> old = find(connection);
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO event (id, name, loop_start, loop_end) VALUES (1, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, loop_start = excluded.loop_start,
                                                   loop_end = excluded.loop_end""")) {
                upsert.setString(1, event.name());
                session.engine().setDate(upsert, 2, event.loopStart());
                session.engine().setDateOrNull(upsert, 3, event.loopEnd().orElse(null));
                upsert.executeUpdate();
            }
            AuditWriter.write(connection, session, AuditDraft.forOther(
                    old.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT, AuditEntity.EVENT, event.name(),
                    old.map(EventRepository::values).orElse(null), values(event)));
            return null;
        });
    }

    /** Key dates in date order. */
    public List<KeyDate> keyDates() {
        return session.read(connection -> {
            List<KeyDate> dates = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, date, label FROM key_dates ORDER BY date, id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dates.add(new KeyDate(rows.getLong(1), LocalDate.parse(rows.getString(2)), rows.getString(3)));
                }
            }
            return dates;
        });
    }

    public KeyDate addKeyDate(LocalDate date, String label) {
        KeyDate draft = new KeyDate(0, date, label);
        return session.write(TeamRole.ADMIN, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO key_dates (date, label) VALUES (?, ?) RETURNING id")) {
                session.engine().setDate(insert, 1, date);
                insert.setString(2, draft.label());
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            KeyDate added = new KeyDate(id, date, draft.label());
            AuditWriter.write(connection, session, AuditDraft.forOther(AuditAction.INSERT, AuditEntity.KEY_DATE,
                    added.label(), null, values(added)));
            return added;
        });
    }

    /** @throws NoSuchItemException when no key date has this id */
    public void removeKeyDate(long id) {
        session.write(TeamRole.ADMIN, connection -> {
            KeyDate old;
            try (PreparedStatement query = connection.prepareStatement(
                    "DELETE FROM key_dates WHERE id = ? RETURNING id, date, label")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw StoreMessages.noSuch("keyDate", id);
                    }
                    old = new KeyDate(rows.getLong(1), LocalDate.parse(rows.getString(2)), rows.getString(3));
                }
            }
            AuditWriter.write(connection, session, AuditDraft.forOther(AuditAction.DELETE, AuditEntity.KEY_DATE,
                    old.label(), values(old), null));
            return null;
        });
    }

    private static Optional<Event> find(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, loop_start, loop_end FROM event WHERE id = 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new Event(rows.getString(1), LocalDate.parse(rows.getString(2)),
                    Optional.ofNullable(rows.getString(3)).map(LocalDate::parse)));
        }
    }

    private static String values(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", event.name());
        fields.put("loop_start", event.loopStart().toString());
        fields.put("loop_end", event.loopEnd().map(LocalDate::toString).orElse(null));
        return AuditValues.json(fields);
    }

    private static String values(KeyDate keyDate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", keyDate.date().toString());
        fields.put("label", keyDate.label());
        return AuditValues.json(fields);
    }
}
