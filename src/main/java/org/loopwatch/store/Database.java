package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An open LoopWatch database file: one SQLite connection, the lock that keeps a second LoopWatch
 * away, and the repositories that read and change it. Close it to release the file.
 *
 * <p>Opening never changes a file it refuses and never puts a new empty database in place of an
 * existing file: every check that can refuse reads only, and runs before the read-write
 * connection switches on WAL or migrates.
 *
 * <p>Methods may be called from any thread; calls queue on the single connection. Keep them off
 * the JavaFX Application Thread.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final DatabaseLock lock;
    private final SqlSession session;
    private final int schemaVersion;
    private final GroupRepository groups;
    private final RollupRepository rollups;
    private final DailyResultRepository results;
    private final DayStatusRepository days;
    private final AuditRepository audit;
    private final EventRepository event;
    private final SettingsRepository settings;

    private Database(Path file, DatabaseLock lock, SqlSession session, int schemaVersion) {
        this.file = file;
        this.lock = lock;
        this.session = session;
        this.schemaVersion = schemaVersion;
        this.groups = new GroupRepository(session);
        this.rollups = new RollupRepository(session);
        this.results = new DailyResultRepository(session);
        this.days = new DayStatusRepository(session);
        this.audit = new AuditRepository(session);
        this.event = new EventRepository(session);
        this.settings = new SettingsRepository(session);
    }

    /** Opens with the system clock; see {@link #open(Path, OpenMode, Clock)}. */
    public static Database open(Path file, OpenMode mode) {
        return open(file, mode, Clock.systemUTC());
    }

    /**
     * Opens (or creates, as {@code mode} allows) the database at {@code file}. A new database gets
     * its parent folders, the schema, the default groups and the default rollups.
     *
     * @param clock the source of audit and update times (a fixed clock in tests)
     * @throws StoreException when the file cannot be used; the message names it and says what to do
     */
    public static Database open(Path file, OpenMode mode, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(path);
        if (!exists && mode == OpenMode.MUST_EXIST) {
            throw StoreMessages.notFound(path);
        }
        if (exists && mode == OpenMode.CREATE_NEW) {
            throw StoreMessages.alreadyExists(path);
        }
        if (exists) {
            DatabaseFileInspector.requireSqliteHeader(path);
            DatabaseFileInspector.requireWritable(path);
        } else {
            createParentFolders(path);
        }
        path = withRealFolder(path);
        DatabaseLock lock = DatabaseLock.acquire(path, clock);
        boolean created = false;
        Connection connection = null;
        try {
            int version;
            if (exists) {
                version = DatabaseFileInspector.inspectContents(path);
            } else {
                createEmptyFile(path);
                created = true;
                version = 0;
            }
            connection = SqliteConnections.openReadWrite(path);
            version = Migrations.migrate(connection, path, version);
            SqlSession session = new SqlSession(connection, path, clock, System.getProperty("user.name", "unknown"));
            return new Database(path, lock, session, version);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (created) {
                deleteNewDatabase(path);
            }
            lock.closeAndForget();
            throw e instanceof SQLException sql ? SqliteErrors.map(path, "opening", sql) : (RuntimeException) e;
        }
    }

    /** The schema version this app creates and understands. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** The absolute path of the database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file (after any migration: the latest). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The time of the last saved change ("data as of"); empty for a database never changed. */
    public Optional<Instant> dataAsOf() {
        return audit.lastChangeAt();
    }

    public GroupRepository groups() {
        return groups;
    }

    public RollupRepository rollups() {
        return rollups;
    }

    public DailyResultRepository results() {
        return results;
    }

    public DayStatusRepository days() {
        return days;
    }

    public AuditRepository audit() {
        return audit;
    }

    public EventRepository event() {
        return event;
    }

    public SettingsRepository settings() {
        return settings;
    }

    SqlSession session() {
        return session;
    }

    /** Closes the connection (SQLite folds the WAL back into the file) and releases the lock. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (SQLException e) {
            throw SqliteErrors.map(file, "closing", e);
        } finally {
            lock.close();
        }
    }

    private static void createParentFolders(Path path) {
        Path folder = path.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw StoreMessages.readOnly(path, "its folder cannot be created or written");
        } catch (IOException e) {
            throw StoreMessages.io(path, "created (its folder " + folder + " could not be made)", e);
        }
        if (!Files.isWritable(folder)) {
            throw StoreMessages.readOnly(path, "its folder " + folder + " is read-only");
        }
    }

    /* One spelling per folder, so the same file reached through a link is one lock, not two. */
    private static Path withRealFolder(Path path) {
        try {
            return path.getParent().toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            throw StoreMessages.io(path, "found", e);
        }
    }

    /* Atomic create-if-absent: a file that appeared since the first look is never overwritten. */
    private static void createEmptyFile(Path path) {
        try {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw StoreMessages.alreadyExists(path);
        } catch (AccessDeniedException e) {
            throw StoreMessages.readOnly(path, "its folder is read-only");
        } catch (IOException e) {
            throw StoreMessages.io(path, "created", e);
        }
    }

    /* Only ever called for a file this open created, so no one's data is lost. */
    private static void deleteNewDatabase(Path path) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
            } catch (IOException ignored) {
                // A half-made new file is refused as "not a database" next time, never used.
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
