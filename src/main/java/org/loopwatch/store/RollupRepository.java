package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loopwatch.domain.GroupNames;
import org.loopwatch.domain.Rollup;

/** Named sets of groups whose counts are summed. Changes are audited. */
public final class RollupRepository {

    private final SqlSession session;

    RollupRepository(SqlSession session) {
        this.session = session;
    }

    /** All rollups in display order, members ordered by the groups' display order. */
    public List<Rollup> findAll() {
        return session.read(RollupRepository::all);
    }

    /** The rollup with this name ignoring case. */
    public Optional<Rollup> findByName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return findAll().stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * Adds a rollup of the given groups, after the existing ones.
     *
     * @throws NameTakenException when a rollup has this name ignoring case
     */
    public Rollup add(String name, List<Long> memberGroupIds) {
        Rollup draft = new Rollup(0, GroupNames.requireAllowedForRollup(name).strip(), false, memberGroupIds);
        return session.write(TeamRole.ADMIN, connection -> {
            requireFreeName(connection, draft.name(), null);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO rollups (name, all_groups, display_order)
                    VALUES (?, FALSE, (SELECT coalesce(max(display_order) + 1, 0) FROM rollups)) RETURNING id""")) {
                insert.setString(1, draft.name());
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            writeMembers(connection, id, draft.memberGroupIds());
            Rollup added = existing(connection, id);
            audit(connection, AuditAction.INSERT, null, added);
            return added;
        });
    }

    /** Renames a rollup. @throws NameTakenException when another rollup has the name ignoring case */
    public Rollup rename(long id, String newName) {
        return session.write(TeamRole.ADMIN, connection -> {
            Rollup old = existing(connection, id);
            Rollup renamed = new Rollup(id, GroupNames.requireAllowedForRollup(newName).strip(), old.allGroups(),
                    old.memberGroupIds());
            requireFreeName(connection, renamed.name(), id);
            try (PreparedStatement update = connection.prepareStatement("UPDATE rollups SET name = ? WHERE id = ?")) {
                update.setString(1, renamed.name());
                update.setLong(2, id);
                update.executeUpdate();
            }
            audit(connection, AuditAction.UPDATE, old, renamed);
            return renamed;
        });
    }

    /** Sets the member groups (ignored for a rollup of all groups, which always means every group). */
    public Rollup setMembers(long id, List<Long> memberGroupIds) {
        return session.write(TeamRole.ADMIN, connection -> {
            Rollup old = existing(connection, id);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM rollup_members WHERE rollup_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            writeMembers(connection, id, memberGroupIds);
            Rollup changed = existing(connection, id);
            audit(connection, AuditAction.UPDATE, old, changed);
            return changed;
        });
    }

    public void delete(long id) {
        session.write(TeamRole.ADMIN, connection -> {
            Rollup old = existing(connection, id);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rollups WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            audit(connection, AuditAction.DELETE, old, null);
            return null;
        });
    }

    private void audit(Connection connection, AuditAction action, Rollup old, Rollup now) throws SQLException {
        String name = now != null ? now.name() : old.name();
        AuditWriter.write(connection, session, AuditDraft.forOther(action, AuditEntity.ROLLUP, name,
                old == null ? null : values(old), now == null ? null : values(now)));
    }

    private static String values(Rollup rollup) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", rollup.name());
        fields.put("all_groups", rollup.allGroups());
        fields.put("members", rollup.memberGroupIds());
        return AuditValues.json(fields);
    }

    private static void writeMembers(Connection connection, long id, List<Long> memberGroupIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rollup_members (rollup_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (long groupId : memberGroupIds) {
                insert.setLong(1, id);
                insert.setLong(2, groupId);
                insert.executeUpdate();
            }
        }
    }

    private void requireFreeName(Connection connection, String name, Long exceptId) throws SQLException {
        for (Rollup rollup : all(connection)) {
            if (rollup.name().equalsIgnoreCase(name) && (exceptId == null || rollup.id() != exceptId)) {
                throw StoreMessages.nameTaken("rollup", rollup.name());
            }
        }
    }

    private static Rollup existing(Connection connection, long id) throws SQLException {
        return all(connection).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> StoreMessages.noSuch("rollup", id));
    }

    private static List<Rollup> all(Connection connection) throws SQLException {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT m.rollup_id, m.group_id FROM rollup_members m JOIN groups g ON g.id = m.group_id
                ORDER BY g.display_order, g.id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        List<Rollup> rollups = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, all_groups FROM rollups ORDER BY display_order, id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                rollups.add(new Rollup(id, rows.getString("name"), rows.getBoolean("all_groups"),
                        members.getOrDefault(id, List.of())));
            }
        }
        return rollups;
    }
}
