package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.loopwatch.domain.DefaultGroups;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.GroupNames;

/**
 * Stakeholder groups. Every change is audited. A group with data is never deleted: it can be
 * renamed (its id, and so its data, stays) or deactivated (hidden from entry).
 */
public final class GroupRepository {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String COLUMNS = "id, name, display_order, colour, active";

    private final SqlSession session;

    GroupRepository(SqlSession session) {
        this.session = session;
    }

    /** All groups, active or not, in display order. */
    public List<Group> findAll() {
        return session.read(connection -> query(connection, "SELECT " + COLUMNS
                + " FROM groups ORDER BY display_order, id"));
    }

    /** The active groups in display order: the ones offered for entry. */
    public List<Group> findActive() {
        return session.read(connection -> query(connection, "SELECT " + COLUMNS
                + " FROM groups WHERE active ORDER BY display_order, id"));
    }

    public Optional<Group> findById(long id) {
        return session.read(connection -> byId(connection, id));
    }

    /** The group with this name ignoring case and surrounding blanks (as {@link Group#hasName}). */
    public Optional<Group> findByName(String name) {
        return findAll().stream().filter(group -> group.hasName(name)).findFirst();
    }

    /** True when daily results refer to the group, so it cannot be deleted. */
    public boolean hasData(long id) {
        return session.read(connection -> resultCount(connection, id) > 0);
    }

    /** Adds an active group at the end of the order, with the next Okabe–Ito colour. */
    public Group add(String name) {
        return session.write(TeamRole.ADMIN, connection -> addWithNextColour(connection, name));
    }

    /** {@link #add(String)} inside the caller's transaction, e.g. groups created by a CSV import. */
    Group addWithNextColour(Connection connection, String name) throws SQLException {
        int count = query(connection, "SELECT " + COLUMNS + " FROM groups").size();
        return insert(connection, name, DefaultGroups.colourFor(count));
    }

    /**
     * Adds an active group at the end of the order.
     *
     * @param colour {@code #RRGGBB}
     * @throws NameTakenException when a group has this name ignoring case
     */
    public Group add(String name, String colour) {
        requireColour(colour);
        return session.write(TeamRole.ADMIN, connection -> insert(connection, name, colour));
    }

    /**
     * Renames a group; its data stays with it. Changing only the case of its own name is allowed.
     *
     * @throws NameTakenException when another group has the name ignoring case
     * @throws IllegalArgumentException when {@link GroupNames} refuses the name
     */
    public Group rename(long id, String newName) {
        GroupNames.requireAllowed(newName);
        return session.write(TeamRole.ADMIN, connection -> {
            Group old = existing(connection, id);
            Group renamed = new Group(id, newName, old.displayOrder(), old.colour(), old.active());
            requireFreeName(connection, renamed.name(), id);
            return update(connection, old, renamed);
        });
    }

    /** Sets the colour, {@code #RRGGBB}. */
    public Group setColour(long id, String colour) {
        requireColour(colour);
        return session.write(TeamRole.ADMIN, connection -> {
            Group old = existing(connection, id);
            return update(connection, old, new Group(id, old.name(), old.displayOrder(), colour, old.active()));
        });
    }

    /** Activates or deactivates a group; an inactive group keeps its data but is hidden from entry. */
    public Group setActive(long id, boolean active) {
        return session.write(TeamRole.ADMIN, connection -> {
            Group old = existing(connection, id);
            return update(connection, old, new Group(id, old.name(), old.displayOrder(), old.colour(), active));
        });
    }

    /**
     * Puts the groups in the given order.
     *
     * @param idsInOrder every group id exactly once
     * @throws IllegalArgumentException when the ids are not exactly the stored groups
     */
    public List<Group> reorder(List<Long> idsInOrder) {
        return session.write(TeamRole.ADMIN, connection -> {
            List<Group> before = query(connection, "SELECT " + COLUMNS + " FROM groups ORDER BY display_order, id");
            List<Long> oldOrder = before.stream().map(Group::id).toList();
            if (idsInOrder.size() != oldOrder.size() || !new HashSet<>(idsInOrder).equals(new HashSet<>(oldOrder))) {
                throw new IllegalArgumentException("reorder needs every group id exactly once: " + idsInOrder
                        + " versus " + oldOrder);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE groups SET display_order = ? WHERE id = ?")) {
                for (int i = 0; i < idsInOrder.size(); i++) {
                    statement.setInt(1, i);
                    statement.setLong(2, idsInOrder.get(i));
                    statement.executeUpdate();
                }
            }
            AuditWriter.write(connection, session, AuditDraft.forOther(AuditAction.UPDATE, AuditEntity.GROUP_ORDER,
                    "", AuditValues.json(Map.of("order", oldOrder)), AuditValues.json(Map.of("order", idsInOrder))));
            return query(connection, "SELECT " + COLUMNS + " FROM groups ORDER BY display_order, id");
        });
    }

    /**
     * Deletes a group that has no daily results (and removes it from rollups).
     *
     * @throws GroupHasDataException when results refer to it; rename or deactivate it instead
     */
    public void delete(long id) {
        session.write(TeamRole.ADMIN, connection -> {
            Group old = existing(connection, id);
            long results = resultCount(connection, id);
            if (results > 0) {
                throw StoreMessages.groupHasData(old, results);
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM groups WHERE id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            AuditWriter.write(connection, session,
                    AuditDraft.forGroup(AuditAction.DELETE, id, old.name(), AuditValues.of(old), null));
            return null;
        });
    }

    private Group insert(Connection connection, String name, String colour) throws SQLException {
        GroupNames.requireAllowed(name); // every way a group is added passes here, an import's too
        Group draft = new Group(0, name, 0, colour, true);
        requireFreeName(connection, draft.name(), null);
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO groups (name, display_order, colour, active)
                VALUES (?, (SELECT coalesce(max(display_order) + 1, 0) FROM groups), ?, TRUE)
                RETURNING id""")) {
            statement.setString(1, draft.name());
            statement.setString(2, colour);
            long id;
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            Group added = existing(connection, id);
            AuditWriter.write(connection, session,
                    AuditDraft.forGroup(AuditAction.INSERT, id, added.name(), null, AuditValues.of(added)));
            return added;
        }
    }

    private Group update(Connection connection, Group old, Group changed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE groups SET name = ?, colour = ?, active = ? WHERE id = ?")) {
            statement.setString(1, changed.name());
            statement.setString(2, changed.colour());
            statement.setBoolean(3, changed.active());
            statement.setLong(4, changed.id());
            statement.executeUpdate();
        }
        AuditWriter.write(connection, session, AuditDraft.forGroup(AuditAction.UPDATE, changed.id(), changed.name(),
                AuditValues.of(old), AuditValues.of(changed)));
        return changed;
    }

    /* Compared in Java with Group.hasName, which folds all of Unicode; SQLite's NOCASE folds ASCII only. */
    private void requireFreeName(Connection connection, String name, Long exceptId) throws SQLException {
        for (Group group : query(connection, "SELECT " + COLUMNS + " FROM groups")) {
            if (group.hasName(name) && (exceptId == null || group.id() != exceptId)) {
                throw StoreMessages.nameTaken("group", group.name());
            }
        }
    }

    private static void requireColour(String colour) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB, not " + colour);
        }
    }

    private static long resultCount(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM daily_results WHERE group_id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Group existing(Connection connection, long id) throws SQLException {
        return byId(connection, id).orElseThrow(() -> StoreMessages.noSuch("group", id));
    }

    private static Optional<Group> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM groups WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    private static List<Group> query(Connection connection, String sql) throws SQLException {
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                groups.add(map(rows));
            }
        }
        return groups;
    }

    private static Group map(ResultSet rows) throws SQLException {
        return new Group(rows.getLong("id"), rows.getString("name"), rows.getInt("display_order"),
                rows.getString("colour"), rows.getBoolean("active"));
    }
}
