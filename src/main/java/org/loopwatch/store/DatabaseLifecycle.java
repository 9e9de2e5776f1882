package org.loopwatch.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What an open {@link Database} holds and must give back: the session (one connection), the lock
 * that keeps a second LoopWatch away from a file, and a team database's change watcher. Closing
 * releases them in that order, the lock last, so no other LoopWatch can open the file while it
 * is still being written or deleted.
 */
final class DatabaseLifecycle {

    private final Path file;
    private final TeamChangeWatcher watcher;
    /** Null for a team database, and for a file opened for reading only ({@link Database#openForReading}). */
    private final DatabaseLock lock;
    private final SqlSession session;

    DatabaseLifecycle(Path file, TeamChangeWatcher watcher, DatabaseLock lock, SqlSession session) {
        this.file = file;
        this.watcher = watcher;
        this.lock = lock;
        this.session = session;
    }

    SqlSession session() {
        return session;
    }

    /** See {@link Database#addChangeListener}. */
    void addChangeListener(ChangeListener listener) {
        if (watcher != null) {
            watcher.add(listener);
        }
    }

    void removeChangeListener(ChangeListener listener) {
        if (watcher != null) {
            watcher.remove(listener);
        }
    }

    /** See {@link Database#addConnectionListener}. */
    void addConnectionListener(ConnectionListener listener) {
        if (session instanceof PostgresSession team) {
            team.addConnectionListener(listener);
        }
    }

    void removeConnectionListener(ConnectionListener listener) {
        if (session instanceof PostgresSession team) {
            team.removeConnectionListener(listener);
        }
    }

    /** See {@link Database#close()}. */
    void close() {
        if (watcher != null) {
            watcher.close();
        }
        try {
            session.close();
        } catch (SQLException e) {
            throw session.map("closing", e);
        } finally {
            releaseLock();
        }
    }

    /** See {@link Database#closeAndDelete()}. */
    void closeAndDelete() {
        try {
            session.close();
        } catch (SQLException e) {
            throw session.map("closing", e);
        } finally {
            try {
                DurableFiles.deleteWithSideFiles(file);
            } finally {
                releaseLock();
            }
        }
    }

    private void releaseLock() {
        if (lock != null) {
            lock.close();
        }
    }
}
