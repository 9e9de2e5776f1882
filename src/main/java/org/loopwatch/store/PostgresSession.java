package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.StoreException.Problem;
import org.postgresql.PGConnection;

/**
 * The session of a team database. Besides the work of every session it survives a lost
 * connection: a call that finds the connection gone reconnects (for a few seconds) and runs
 * again. A write whose COMMIT was cut off is never guessed at: the transaction's id was taken
 * before the COMMIT, and after reconnecting the server says whether it committed — so a save is
 * either stored and acknowledged, or refused with a clear message, never silently lost or doubled.
 */
final class PostgresSession extends SqlSession {

    private static final Texts TEXT = Texts.of(PostgresSession.class);
    private static final long[] RECONNECT_PAUSES_MILLIS = {0, 250, 500, 1_000, 1_500, 2_000};

    private final PostgresConnections connections;
    /*
     * Taken before the session's lock by every call, in the order the threads asked (fair): a read
     * waits for the work queued ahead of it, not for a loop of saves on another thread. The session's
     * lock alone (not fair) lets the thread that just left take it again before a woken waiter runs;
     * with eight desks saving flat out on two loaded cores a desk's dashboard read waited seconds
     * behind its own saves (JFR of the 8-desk bench, decision 0041). The session's lock stays for
     * close(), which must not wait for a turn.
     */
    private final ReentrantLock turn = new ReentrantLock(true);
    /* Never signalled: a pause between reconnection attempts that lets close() take the session's lock. */
    private final Condition pausing = sessionLock.newCondition();
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private volatile boolean connected = true;
    private volatile int backendPid;

    PostgresSession(Connection connection, PostgresConnections connections, Clock clock, String user)
            throws SQLException {
        super(connection, clock, user);
        this.connections = connections;
        this.backendPid = connection.unwrap(PGConnection.class).getBackendPID();
    }

    TeamDatabaseUrl url() {
        return connections.url();
    }

    PostgresConnections connections() {
        return connections;
    }

    /** The server process of this session's connection; its own notifications carry it. */
    int backendPid() {
        return backendPid;
    }

    boolean isConnected() {
        return connected;
    }

    void addConnectionListener(ConnectionListener listener) {
        connectionListeners.add(listener);
    }

    void removeConnectionListener(ConnectionListener listener) {
        connectionListeners.remove(listener);
    }

    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    StoreException map(String doing, SQLException e) {
        return PostgresErrors.map(url(), doing, null, e);
    }

    @Override
    StoreException closedError() {
        return new StoreException(Problem.CLOSED, url(), TEXT.format("error.closed", url()), null, null);
    }

    @Override
    <T> T read(Work<T> work) {
        turn.lock();
        sessionLock.lock();
        try {
            return readAttempts(work);
        } finally {
            sessionLock.unlock();
            turn.unlock();
        }
    }

    private <T> T readAttempts(Work<T> work) {
        requireOpenHere();
        for (int attempt = 1; ; attempt++) {
            ensureConnected();
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!PostgresErrors.isConnectionLost(e) || attempt > 1) {
                    throw lostOr(e, "reading", null);
                }
                lost();
            }
        }
    }

    @Override
    <T> T write(TeamRole needed, Work<T> work) {
        turn.lock();
        sessionLock.lock();
        try {
            return writeAttempts(needed, work);
        } finally {
            sessionLock.unlock();
            turn.unlock();
        }
    }

    private <T> T writeAttempts(TeamRole needed, Work<T> work) {
        requireOpenHere();
        // A transaction whose COMMIT was sent but whose answer was lost: before the work runs again,
        // the server is asked what became of it, so a committed save is never run twice.
        long inDoubt = -1;
        T inDoubtResult = null;
        for (int attempt = 1; ; attempt++) {
            ensureConnectedOrInDoubt(inDoubt);
            if (inDoubt >= 0) {
                switch (statusOf(inDoubt)) {
                    case COMMITTED -> {
                        return inDoubtResult; // Only the answer to COMMIT was lost.
                    }
                    case NOT_COMMITTED -> inDoubt = -1;
                    case IN_PROGRESS, UNREACHABLE -> {
                        if (attempt > 3) {
                            throw inDoubtError(null);
                        }
                        pauseBeforeAsking(); // the cut-off session may still be finishing its COMMIT
                        continue;
                    }
                }
            }
            long transaction = -1;
            T result = null;
            try {
                connection.setAutoCommit(false);
                result = work.run(connection);
                transaction = transactionId();
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                if (!PostgresErrors.isConnectionLost(e)) {
                    throw PostgresErrors.map(url(), "saving to", needed, e);
                }
                lost();
                if (transaction >= 0) {
                    inDoubt = transaction;
                    inDoubtResult = result;
                } else if (attempt > 1) {
                    throw lostOr(e, "saving to", needed);
                }
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            } finally {
                autoCommitQuietly();
            }
        }
    }

    /* Reconnects; when that fails while a COMMIT is in doubt, the error says so instead of "nothing was changed". */
    private void ensureConnectedOrInDoubt(long inDoubt) {
        try {
            ensureConnected();
        } catch (StoreException e) {
            if (inDoubt >= 0 && e.kind() == Problem.CONNECTION_LOST) {
                throw inDoubtError(e);
            }
            throw e;
        }
    }

    private StoreException inDoubtError(StoreException cause) {
        return new StoreException(Problem.CONNECTION_LOST, url(), TEXT.format("error.inDoubt", url()), cause, null);
    }

    @Override
    <T> T exclusive(String doing, Work<T> work) {
        return read(work);
    }

    /**
     * Reconnects now if the connection was lost; for the change watcher, which notices a server
     * that is back before any call does.
     */
    void reconnectIfLost() {
        turn.lock();
        sessionLock.lock();
        try {
            if (!connected && !isClosed()) {
                try {
                    ensureConnected();
                } catch (StoreException stillGone) {
                    // The watcher tries again.
                }
            }
        } finally {
            sessionLock.unlock();
            turn.unlock();
        }
    }

    /** Marks the connection lost and tells the listeners (once). */
    void lost() {
        boolean was = connected;
        connected = false;
        if (was) {
            connectionListeners.forEach(listener -> listener.connectionChanged(false));
        }
    }

    private void ensureConnected() {
        if (connected) {
            return;
        }
        SQLException last = null;
        for (long pause : RECONNECT_PAUSES_MILLIS) {
            try {
                if (pause > 0) {
                    pausing.await(pause, TimeUnit.MILLISECONDS); // releases the session's lock so that close() is not held up
                }
                if (isClosed()) {
                    throw closedError();
                }
                Connection fresh = connections.open();
                closeQuietly(connection);
                connection = fresh;
                backendPid = fresh.unwrap(PGConnection.class).getBackendPID();
                connected = true;
                connectionListeners.forEach(listener -> listener.connectionChanged(true));
                return;
            } catch (SQLException e) {
                last = e;
                if (!PostgresErrors.isConnectionLost(e)) {
                    throw map("connecting to", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new StoreException(Problem.CONNECTION_LOST, url(),
                TEXT.format("error.connection", url(), last == null ? "" : last.getMessage()), last, null);
    }

    private StoreException lostOr(SQLException e, String doing, TeamRole needed) {
        return PostgresErrors.map(url(), doing, needed, e);
    }

    private long transactionId() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT txid_current()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private enum CommitStatus { COMMITTED, NOT_COMMITTED, IN_PROGRESS, UNREACHABLE }

    /* txid_status says what became of a transaction whose COMMIT answer was lost (null: too old to say). */
    private CommitStatus statusOf(long transaction) {
        try (PreparedStatement query = connection.prepareStatement("SELECT txid_status(?)")) {
            query.setLong(1, transaction);
            try (ResultSet rows = query.executeQuery()) {
                String status = rows.next() ? rows.getString(1) : null;
                if ("committed".equals(status)) {
                    return CommitStatus.COMMITTED;
                }
                return "in progress".equals(status) ? CommitStatus.IN_PROGRESS : CommitStatus.NOT_COMMITTED;
            }
        } catch (SQLException e) {
            if (PostgresErrors.isConnectionLost(e)) {
                lost();
            }
            return CommitStatus.UNREACHABLE;
        }
    }

    private void pauseBeforeAsking() {
        try {
            pausing.await(RECONNECT_PAUSES_MILLIS[2], TimeUnit.MILLISECONDS); // releases the session's lock, as reconnecting does
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw inDoubtError(null);
        }
    }

    private void requireOpenHere() {
        if (isClosed()) {
            throw closedError();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // A lost connection's transaction is rolled back by the server.
        }
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // A broken connection is replaced before its next use.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // It is being replaced.
        }
    }
}
