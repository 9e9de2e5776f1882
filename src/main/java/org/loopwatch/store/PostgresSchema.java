package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema of a team database: its roles, the schema {@code loopwatch} and its versions, from
 * the scripts {@code org/loopwatch/db/postgresql/V001.sql, …} (format as for SQLite, see
 * {@link Migrations}). Each script runs in one transaction as {@code loopwatch_admin}, which so
 * owns every table: an upgrade needs that role, and a refused upgrade changes nothing. An
 * advisory lock keeps two desks that open an older database at the same time from both upgrading.
 */
final class PostgresSchema {

    private static final String FOLDER = "/org/loopwatch/db/postgresql/";
    private static final int LATEST = Migrations.probeLatest(FOLDER);
    private static final long UPGRADE_LOCK = Migrations.APPLICATION_ID;

    private PostgresSchema() {
    }

    static int latestVersion() {
        return LATEST;
    }

    /** The schema version of the database; 0 when it holds no LoopWatch schema. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('loopwatch.schema_version') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(version) FROM loopwatch.schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Creates the three roles when the cluster has none of them yet (roles belong to the whole
     * server, so a second team database on it shares them), makes the user running this an admin,
     * and creates the schema {@code loopwatch} owned by {@code loopwatch_admin}. Needs a user who
     * may create roles and owns (or may create schemas in) the database.
     */
    static void createRolesAndSchema(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + UPGRADE_LOCK + ")");
            createRole(statement, TeamRole.ANALYST, null);
            createRole(statement, TeamRole.ENTRY, TeamRole.ANALYST);
            createRole(statement, TeamRole.ADMIN, TeamRole.ENTRY);
            if (!isSuperuser(statement)) {
                statement.execute("GRANT " + TeamRole.ADMIN.roleName() + " TO " + quotedSessionUser(statement));
            }
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresConnections.SCHEMA
                    + " AUTHORIZATION " + TeamRole.ADMIN.roleName());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs every script after the database's version, each in its own transaction; returns the new
     * version. The version is read again under the lock, so a desk that waited finds the work done.
     */
    static int migrate(Connection connection) throws SQLException {
        return migrate(connection, LATEST, PostgresSchema::scripts);
    }

    /** As above with the scripts given, so tests can add a version. */
    static int migrate(Connection connection, int latest, java.util.function.IntFunction<List<String>> scripts)
            throws SQLException {
        int version = version(connection);
        while (version < latest) {
            int next = version + 1;
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + UPGRADE_LOCK + ")");
                if (version(connection) >= next) {
                    connection.commit();
                    version = version(connection);
                    continue;
                }
                statement.execute("SET LOCAL ROLE " + TeamRole.ADMIN.roleName());
                statement.execute("SET LOCAL search_path = " + PostgresConnections.SCHEMA);
                for (String sql : scripts.apply(next)) {
                    statement.execute(sql);
                }
                if (next == 1) {
                    DefaultData.insert(connection);
                    statement.execute("INSERT INTO schema_version (version) VALUES (1)");
                } else {
                    statement.execute("UPDATE schema_version SET version = " + next);
                }
                connection.commit();
                version = next;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return version;
    }

    private static List<String> scripts(int version) {
        return Migrations.statements(Migrations.read(FOLDER, "V%03d.sql".formatted(version)));
    }

    /* Roles are cluster-wide: two team inits at once may both find one missing; the second is told so and goes on. */
    private static void createRole(Statement statement, TeamRole role, TeamRole memberOf) throws SQLException {
        String in = memberOf == null ? "" : " IN ROLE " + memberOf.roleName();
        statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role.roleName()
                + "') THEN CREATE ROLE " + role.roleName() + " NOLOGIN" + in + "; END IF; "
                + "EXCEPTION WHEN duplicate_object THEN NULL; END $$");
    }

    private static boolean isSuperuser(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private static String quotedSessionUser(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT quote_ident(session_user)")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The team roles the connected user holds (directly or through another role). */
    static java.util.Set<TeamRole> rolesOf(Connection connection) throws SQLException {
        java.util.Set<TeamRole> roles = java.util.EnumSet.noneOf(TeamRole.class);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'loopwatch\\_%' AND pg_has_role(session_user, oid, 'USAGE')");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TeamRole.fromRoleName(rows.getString(1)).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
