package org.loopwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of an open {@link Database}, shared by its repositories, whatever the engine.
 * Every call holds the session's lock, so calls from several threads queue instead of
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

    /*
     * Held by every call. A lock object rather than this object's monitor: a thread holding a monitor
     * uses one of the eight slots of the JVM's lock stack (lightweight locking), and sqlite-jdbc locks
     * its connection up to seven times over while it binds a text value. Under the session's monitor
     * the stack overflowed in every import, the JVM inflated the connection's monitor for the rest of
     * the process, and each of sqlite-jdbc's ≈ 1.5 million lock operations in a 100,000-row import
     * went through the JVM's runtime in C1-compiled code (decision 0077). A ReentrantLock uses no slot.
     */
    protected final ReentrantLock sessionLock = new ReentrantLock();
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

    /** Checks made before every write transaction (with the session's lock held). */
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
    <T> T read(Work<T> work) {
        sessionLock.lock();
        try {
            requireOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw map("reading", e);
        } finally {
            sessionLock.unlock();
        }
    }

    /**
     * Runs work in one transaction. Any exception, including a {@link ChangeRefusedException}
     * thrown by the work itself, rolls back everything, audit rows included.
     *
     * @param needed the team role the work needs, named when a team database refuses it (a file
     *               database has no roles)
     */
    <T> T write(TeamRole needed, Work<T> work) {
        sessionLock.lock();
        try {
            return writeHoldingTheLock(work);
        } finally {
            sessionLock.unlock();
        }
    }

    private <T> T writeHoldingTheLock(Work<T> work) {
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
    <T> T exclusive(String doing, Work<T> work) {
        sessionLock.lock();
        try {
            requireOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw map(doing, e);
        } finally {
            sessionLock.unlock();
        }
    }

    /** For tests that need to provoke errors (e.g. a full disk) on the live connection. */
    Connection connectionForTests() {
        sessionLock.lock();
        try {
            return connection;
        } finally {
            sessionLock.unlock();
        }
    }

    void close() throws SQLException {
        sessionLock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } finally {
            sessionLock.unlock();
        }
    }

    boolean isClosed() {
        sessionLock.lock();
        try {
            return closed;
        } finally {
            sessionLock.unlock();
        }
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
