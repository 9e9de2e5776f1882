package org.loopwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections configured the way LoopWatch needs them. */
final class SqliteConnections {

    /** How long a statement waits for another connection's lock before failing with LOCKED. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private SqliteConnections() {
    }

    /**
     * A read-only connection that leaves the file and its folder untouched. With no {@code -wal}
     * file beside it, everything is in the main file and {@code immutable=1} keeps SQLite from
     * creating {@code -wal}/{@code -shm} files at all. With one (a LoopWatch killed mid-session),
     * the committed pages in it count, so the file is read normally.
     */
    static Connection openForInspection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        boolean walLeftOver = Files.exists(DurableFiles.sideFile(file, "-wal"));
        String url = "jdbc:sqlite:" + file.toUri() + (walLeftOver ? "?mode=ro" : "?mode=ro&immutable=1");
        return DriverManager.getConnection(url, config.toProperties());
    }

    /**
     * A read-only connection for reading beside a writer ({@link Database#openForReading}). Never
     * {@code immutable=1}: the desktop app may write meanwhile, and WAL gives this connection a
     * consistent snapshot per transaction. When no {@code -wal}/{@code -shm} files exist, SQLite
     * creates them (empty), as any reader of a WAL database does.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?mode=ro", config.toProperties());
    }

    /**
     * A read-write connection to a file that must already exist (SQLite's create flag is off, so a
     * file removed meanwhile is an error, never a new empty database), with WAL journal, enforced
     * foreign keys, a busy timeout and {@code synchronous=FULL}: an acknowledged commit survives a
     * power cut or a killed process.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        return openReadWrite(file, "FULL");
    }

    /**
     * As {@link #openReadWrite}, for the draft of a new database ({@code SqliteFileOpener}), with
     * {@code synchronous=OFF}: nothing relies on a draft until it is complete, closed, forced to the
     * disk as a whole and linked to its real name, so its switch to WAL, its schema's commits and
     * its checkpoint at close need no fsync of their own (8 of the 10 in creating a file:
     * a rollback journal's four for the switch, the WAL's and its folder's, one per commit;
     * ≈ 0.8 ms each on this machine's disk, far more on some).
     */
    static Connection openDraft(Path file) throws SQLException {
        return openReadWrite(file, "OFF");
    }

    private static Connection openReadWrite(Path file, String synchronous) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // IMMEDIATE takes the write lock at BEGIN, so a busy database fails before any work is done.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toUri(), config.toProperties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            // Before the switch to WAL, which on a new file is a write of its own.
            statement.execute("PRAGMA synchronous = " + synchronous);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA foreign_keys = ON");
            // The pragma is silently ignored inside a transaction or by builds without FK support.
            if (!"1".equals(pragma(statement, "foreign_keys"))) {
                throw new SQLException("foreign key enforcement could not be switched on");
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
