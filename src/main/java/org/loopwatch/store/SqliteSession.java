package org.loopwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The session of a database file: errors are read as SQLite's, every write first checks that the
 * path still names the file that was opened ({@link FileIdentity}), and the connection can be
 * reopened on the same path (after a restore, or when the file was put back).
 */
final class SqliteSession extends SqlSession {

    private final Path file;
    private final FileIdentity identity;

    SqliteSession(Connection connection, Path file, Clock clock, String osUser) {
        super(connection, clock, osUser);
        this.file = file;
        this.identity = new FileIdentity(file);
    }

    Path file() {
        return file;
    }

    @Override
    Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    StoreException map(String doing, SQLException e) {
        return SqliteErrors.map(file, doing, e);
    }

    @Override
    StoreException closedError() {
        return StoreMessages.closed(file);
    }

    @Override
    void beforeWrite() {
        identity.requireUnchanged(this);
    }

    /**
     * Closes the connection and opens a fresh one on the file at the same path, so that nothing
     * of the previous file's state stays in memory (after a restore, or when the file was put
     * back). The file is taken as this session's file from now on.
     */
    void reopen() throws SQLException {
        sessionLock.lock();
        try {
            if (isClosed()) {
                throw closedError();
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The old connection is dropped either way.
            }
            try {
                connection = SqliteConnections.openReadWrite(file);
            } catch (SQLException e) {
                markClosed();
                throw e;
            }
            identity.remember();
        } finally {
            sessionLock.unlock();
        }
    }
}
