package org.loopwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.StoreException.Problem;

/**
 * Connects to a team database ({@link Database#connect}) and sets one up ({@link Database#teamInit}).
 * A database without LoopWatch's schema is never set up by connecting: that is {@code team init}'s
 * job, so a mistyped database name cannot quietly become an empty team database.
 */
final class PostgresOpener {

    private static final Texts TEXT = Texts.of(PostgresOpener.class);

    private PostgresOpener() {
    }

    static Database connect(TeamDatabaseUrl url, PasswordPrompt prompt, Clock clock) {
        PostgresConnections connections = new PostgresConnections(url, prompt);
        Connection connection = open(connections);
        try {
            int version = PostgresSchema.version(connection);
            if (version == 0) {
                throw new StoreException(Problem.NOT_FOUND, url, TEXT.format("team.notInitialised", url), null, null);
            }
            if (version > PostgresSchema.latestVersion()) {
                throw new StoreException(Problem.NEWER_SCHEMA, url,
                        TEXT.format("team.newerSchema", url, version, PostgresSchema.latestVersion()), null, null);
            }
            if (version < PostgresSchema.latestVersion()) {
                version = upgrade(url, connection, version);
            }
            return start(url, connections, connection, version, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw PostgresErrors.map(url, "opening", null, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static Database teamInit(TeamDatabaseUrl url, PasswordPrompt prompt, Clock clock) {
        PostgresConnections connections = new PostgresConnections(url, prompt);
        Connection connection = open(connections);
        try {
            if (PostgresSchema.version(connection) > 0) {
                throw new StoreException(Problem.ALREADY_EXISTS, url, TEXT.format("team.alreadyInitialised", url), null, null);
            }
            PostgresSchema.createRolesAndSchema(connection);
            int version = PostgresSchema.migrate(connection);
            return start(url, connections, connection, version, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            if ("42501".equals(PostgresErrors.state(e))) {
                throw new StoreException(Problem.NOT_PERMITTED, url,
                        TEXT.format("team.initNotPermitted", url, url.effectiveUser(), e.getMessage()), e, null);
            }
            throw PostgresErrors.map(url, "setting up", TeamRole.ADMIN, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static int upgrade(TeamDatabaseUrl url, Connection connection, int version) throws SQLException {
        try {
            return PostgresSchema.migrate(connection);
        } catch (SQLException e) {
            if ("42501".equals(PostgresErrors.state(e))) {
                throw new StoreException(Problem.NOT_PERMITTED, url, TEXT.format("team.upgradeNeedsAdmin", url, version,
                        PostgresSchema.latestVersion(), TeamRole.ADMIN.roleName()), e, TeamRole.ADMIN);
            }
            throw new StoreException(Problem.MIGRATION_FAILED, url,
                    TEXT.format("team.upgradeFailed", url, version, e.getMessage()), e, null);
        }
    }

    private static Database start(TeamDatabaseUrl url, PostgresConnections connections, Connection connection,
                                  int version, Clock clock) throws SQLException {
        String user;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT session_user")) {
            rows.next();
            user = rows.getString(1);
        }
        PostgresSession session = new PostgresSession(connection, connections, clock, user);
        TeamChangeWatcher watcher = new TeamChangeWatcher(session);
        watcher.start();
        return new Database(url, session, watcher, version, clock);
    }

    private static Connection open(PostgresConnections connections) {
        try {
            return connections.open();
        } catch (SQLException e) {
            throw PostgresErrors.map(connections.url(), "connecting to", null, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one to report.
        }
    }
}
