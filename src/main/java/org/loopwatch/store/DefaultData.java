package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.loopwatch.domain.DefaultGroups;

/**
 * The groups and rollups of a new database. Inserted from Java, in the transaction of the first
 * schema script, so the names and colours have one source: {@link DefaultGroups}. The names are
 * those of the interface language at creation (decision 0037).
 */
final class DefaultData {

    private DefaultData() {
    }

    static void insert(Connection connection) throws SQLException {
        List<String> names = DefaultGroups.names();
        try (PreparedStatement group = connection.prepareStatement(
                "INSERT INTO groups (name, display_order, colour, active) VALUES (?, ?, ?, TRUE)")) {
            for (int i = 0; i < names.size(); i++) {
                group.setString(1, names.get(i));
                group.setInt(2, i);
                group.setString(3, DefaultGroups.colourFor(i));
                group.executeUpdate();
            }
        }
        long athletesAndOfficials = insertRollup(connection, DefaultGroups.athletesAndTeamOfficials(), false, 0);
        insertRollup(connection, DefaultGroups.allGroups(), true, 1);
        try (PreparedStatement member = connection.prepareStatement(
                "INSERT INTO rollup_members (rollup_id, group_id) SELECT ?, id FROM groups WHERE name IN (?, ?)")) {
            member.setLong(1, athletesAndOfficials);
            member.setString(2, names.get(0));
            member.setString(3, names.get(1));
            member.executeUpdate();
        }
    }

    private static long insertRollup(Connection connection, String name, boolean allGroups, int order)
            throws SQLException {
        try (PreparedStatement rollup = connection.prepareStatement(
                "INSERT INTO rollups (name, all_groups, display_order) VALUES (?, ?, ?) RETURNING id")) {
            rollup.setString(1, name);
            rollup.setBoolean(2, allGroups);
            rollup.setInt(3, order);
            try (ResultSet id = rollup.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }
}
