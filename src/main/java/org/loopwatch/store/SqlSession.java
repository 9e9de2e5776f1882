package org.loopwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * The one connection of an open {@link Database}, shared by its repositories, whatever the engine.
 * Every call holds the session's monitor, so calls from several threads queue instead of
 * interleaving inside a transaction. Writes run in one transaction that commits completely or not
 * at all.
 *
 * <p>What differs between engines — how errors read, what is checked before a write — is decided
 * by the subclass; the repositories see only this class and {@link #engine()}.
 */
abstract class SqlSession {

    /** Database work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    protected Connection connection;
    private final Clock clock;
    private final String user;
    private boolean closed;

    protected SqlSession(Connection connection, Clock clock, String user) {
        this.connection = connection;
        this.clock = clock;
        this.user = user;
    }

    /** The engine, for the SQL and the values that differ between engines. */
    abstract Engine engine();

    /** Turns a driver error into a message a person can act on. */
    abstract StoreException map(String doing, SQLException e);

    /** The message for a call on a closed session. */
    abstract StoreException closedError();

    /** Checks made before every write transaction (with the monitor held). */
    void beforeWrite() {
    }

    /** Who changes things, as the audit log records it. */
    String user() {
        return user;
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
            throw map("reading", e);
        }
    }

    /**
     * Runs work in one transaction. Any exception, including a {@link ChangeRefusedException}
     * thrown by the work itself, rolls back everything, audit rows included.
     */
    synchronized <T> T write(Work<T> work) {
        requireOpen();
        beforeWrite();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // sqlite-jdbc marks the connection as manual-commit before it runs BEGIN; when BEGIN fails
            // (busy, read-only, I/O), later writes would run statement by statement, unatomically,
            // unless the flag is put back here.
            restoreAutoCommit();
            throw map("saving to", e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw map("saving to", e);
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
            throw map(doing, e);
        }
    }

    /** For tests that need to provoke errors (e.g. a full disk) on the live connection. */
    synchronized Connection connectionForTests() {
        return connection;
    }

    synchronized void close() throws SQLException {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Marks the session closed after its connection was lost for good (e.g. a failed reopen). */
    protected void markClosed() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw closedError();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The engine rolls back an unfinished transaction itself when the connection closes.
        }
    }
}
