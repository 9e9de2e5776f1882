package org.loopwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * The one connection of an open {@link Database}, shared by its repositories. Every call holds
 * the session's monitor, so calls from several threads queue instead of interleaving inside a
 * transaction. Writes run in one transaction that commits completely or not at all.
 */
final class SqlSession {

    /** Database work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Connection connection;
    private final Path file;
    private final Clock clock;
    private final String osUser;
    private final FileIdentity identity;
    private boolean closed;

    SqlSession(Connection connection, Path file, Clock clock, String osUser) {
        this.connection = connection;
        this.file = file;
        this.clock = clock;
        this.osUser = osUser;
        this.identity = new FileIdentity(file);
    }

    Path file() {
        return file;
    }

    String osUser() {
        return osUser;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Runs read-only work outside an explicit transaction. */
    synchronized <T> T read(Work<T> work) {
        requireOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteErrors.map(file, "reading", e);
        }
    }

    /**
     * Runs work in one transaction. Any exception, including a {@link ChangeRefusedException}
     * thrown by the work itself, rolls back everything, audit rows included.
     */
    synchronized <T> T write(Work<T> work) {
        requireOpen();
        identity.requireUnchanged(this);
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // sqlite-jdbc marks the connection as manual-commit before it runs BEGIN; when BEGIN fails
            // (busy, read-only, I/O), later writes would run statement by statement, unatomically,
            // unless the flag is put back here.
            restoreAutoCommit();
            throw SqliteErrors.map(file, "saving to", e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteErrors.map(file, "saving to", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /* Also resets the driver's flag when its COMMIT finds no transaction (SQLite rolled back itself). */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The driver sets its flag before running COMMIT, so the connection is in auto-commit now;
            // only a broken connection fails here, and the next call reports that.
        }
    }

    /**
     * Runs work on the connection outside any transaction with no other call in between, for the
     * online backup and restore.
     */
    synchronized <T> T exclusive(String doing, Work<T> work) {
        requireOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteErrors.map(file, doing, e);
        }
    }

    /**
     * Closes the connection and opens a fresh one on the file at the same path, so that nothing
     * of the previous file's state stays in memory (after a restore, or when the file was put
     * back). The file is taken as this session's file from now on.
     */
    synchronized void reopen() throws SQLException {
        requireOpen();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The old connection is dropped either way.
        }
        try {
            connection = SqliteConnections.openReadWrite(file);
        } catch (SQLException e) {
            closed = true;
            throw e;
        }
        identity.remember();
    }

    /** For tests that need to provoke SQLite errors (e.g. a full disk) on the live connection. */
    synchronized Connection connectionForTests() {
        return connection;
    }

    synchronized void close() throws SQLException {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw StoreMessages.closed(file);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // SQLite rolls back an unfinished transaction itself when the connection closes.
        }
    }
}
