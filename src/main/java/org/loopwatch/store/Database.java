package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final Clock clock;
    /** Null for a database opened for reading only. */
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

    private Database(Path file, DatabaseLock lock, SqlSession session, int schemaVersion, Clock clock) {
        this.file = file;
        this.clock = clock;
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
        return openLocked(path, lock, exists, clock);
    }

    /**
     * Opens an existing database to read it only ({@code summary}, {@code export-csv}, {@code export}),
     * without the lock: SQLite's WAL lets these read a consistent snapshot while the desktop app
     * holds the file and writes (SPEC §3: readers never block, and are never blocked). The same
     * checks as {@link #open} refuse a file first. A database older than this app is opened as by
     * {@link #open} instead, since upgrading it needs the lock; writing through the returned
     * database fails.
     *
     * @throws StoreException when the file cannot be read; the message names it and says what to do
     */
    public static Database openForReading(Path file) {
        return openForReading(file, Clock.systemUTC());
    }

    /** {@link #openForReading(Path)} with the clock of an upgrade's audit rows and backups (tests). */
    public static Database openForReading(Path file, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw StoreMessages.notFound(path);
        }
        DatabaseFileInspector.requireSqliteHeader(path);
        DatabaseFileInspector.requireWritable(path);
        path = withRealFolder(path);
        int version = DatabaseFileInspector.inspectContents(path);
        if (version < Migrations.latestVersion()) {
            return open(path, OpenMode.MUST_EXIST, clock);
        }
        try {
            SqlSession session = new SqlSession(SqliteConnections.openReadOnly(path), path, clock,
                    System.getProperty("user.name", "unknown"));
            return new Database(path, null, session, version, clock);
        } catch (SQLException e) {
            throw SqliteErrors.map(path, "opening", e);
        }
    }

    /** The rest of opening, with the lock held; releases the lock when it fails. */
    private static Database openLocked(Path path, DatabaseLock lock, boolean exists, Clock clock) {
        Path draft = draftFor(path);
        Connection connection = null;
        try {
            int version;
            if (exists) {
                version = DatabaseFileInspector.inspectContents(path);
            } else {
                createComplete(path, draft, clock);
                version = Migrations.latestVersion();
            }
            connection = SqliteConnections.openReadWrite(path);
            version = Migrations.migrate(connection, path, version, Backups.of(path, clock));
            OwnerOnlyFiles.restrictDatabase(path);
            SqlSession session = new SqlSession(connection, path, clock, System.getProperty("user.name", "unknown"));
            return new Database(path, lock, session, version, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            deleteNewDatabase(draft);
            lock.closeAndForget();
            throw e instanceof SQLException sql ? SqliteErrors.map(path, "opening", sql) : (RuntimeException) e;
        }
    }

    /**
     * Replaces a damaged database file (one that {@link #open} refused as
     * {@link StoreException.Problem#CORRUPT}) with a backup and opens it. The damaged file and its
     * side files are renamed to {@code <name>-damaged-<time>.db}, never overwritten or deleted;
     * the restore is written to the audit log.
     *
     * @param backup a backup, checked in full before anything is moved
     * @throws StoreException when the backup is not usable (nothing was moved) or the files could not be swapped
     */
    public static Database restoreDamaged(Path file, Path backup, Clock clock) {
        Path path = withRealFolder(file.toAbsolutePath().normalize());
        Backups.verify(backup);
        DatabaseLock lock = DatabaseLock.acquire(path, clock);
        Path aside;
        try {
            aside = Files.exists(path) ? DamagedFiles.moveAside(path, clock) : null;
            placeCopy(backup, path, aside);
        } catch (IOException e) {
            lock.closeAndForget();
            throw StoreMessages.io(path, "replaced by the backup " + backup.getFileName(), e);
        }
        Database database = openLocked(path, lock, true, clock);
        String kept = aside == null ? "there was no file to keep" : "the damaged file was kept as " + aside;
        database.recordRestore(backup, "restored at start because the database was damaged; " + kept, null);
        return database;
    }

    /* Copies the backup to a temporary name, forces it to disk, then renames it into place. */
    private static void placeCopy(Path backup, Path path, Path aside) throws IOException {
        Path copy = path.resolveSibling(path.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(copy);
            OwnerOnlyFiles.createFile(copy);
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyFiles.restrict(copy);
            Backups.force(copy);
            Backups.move(copy, path);
        } catch (IOException e) {
            Backups.deleteQuietly(copy);
            if (aside != null) {
                DamagedFiles.moveBack(aside, path);
            }
            throw e;
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

    /** The backups of this database (a {@code backups/} folder beside it). */
    public Backups backups() {
        return Backups.of(file, sessionClock());
    }

    /**
     * Takes an online backup now and checks it; see {@link Backups}.
     *
     * @return the backup as listed
     * @throws StoreException {@link StoreException.Problem#BACKUP_FAILED} when it could not be written
     *                        or failed its check (a bad file is deleted)
     */
    public BackupInfo backupNow(BackupReason reason) {
        Backups backups = backups();
        Path written = session.exclusive("backing up", connection -> backups.write(connection, reason));
        return backups.list().stream().filter(b -> b.file().equals(written)).findFirst().orElseThrow();
    }

    /** Takes the day's backup when none was taken today (local date); for the first start of a day. */
    public Optional<BackupInfo> dailyBackupIfDue() {
        if (!backups().dailyDue()) {
            return Optional.empty();
        }
        return Optional.of(backupNow(BackupReason.DAILY));
    }

    /**
     * Replaces the content of this open database with a backup, in place: the backup is checked
     * in full, the current database is backed up ({@link BackupReason#BEFORE_RESTORE}), SQLite's
     * backup API copies the backup into the file in one transaction (so a crash leaves either the
     * old or the new content), the connection is reopened, an older schema is upgraded, and the
     * restore is written to the audit log. The lock is held throughout, so no other LoopWatch can
     * slip in, and this object stays valid: screens keep using it and refresh their data.
     *
     * @throws StoreException when the backup is not usable or the restore failed; the database is then unchanged
     */
    public RestoreResult restoreFrom(Path backup) {
        Backups.verify(backup);
        Backups backups = backups();
        Path before = session.exclusive("backing up", connection -> backups.write(connection, BackupReason.BEFORE_RESTORE));
        String oldValue = describeContents();
        session.exclusive("restoring", connection -> {
            int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", backup.toString(), null);
            if (rc != 0) {
                throw new SQLException("SQLite restore ended with code " + rc, null, rc);
            }
            return null;
        });
        try {
            session.reopen();
        } catch (SQLException e) {
            throw SqliteErrors.map(file, "reopening", e);
        }
        session.exclusive("upgrading", connection -> {
            int version;
            try (var statement = connection.createStatement()) {
                version = Integer.parseInt(SqliteConnections.pragma(statement, "user_version"));
            }
            return Migrations.migrate(connection, file, version, backups);
        });
        recordRestore(backup, "the database before the restore was kept as " + before, oldValue);
        return new RestoreResult(backup, before, results.count(), results.dateRange().map(DateRange::last));
    }

    private void recordRestore(Path backup, String reason, String oldValue) {
        String newValue = describeContents();
        session.write(connection -> {
            AuditWriter.write(connection, session, new AuditDraft(AuditAction.RESTORE, AuditEntity.DATABASE,
                    backup.getFileName().toString(), null, null, null, oldValue, newValue,
                    "from backup " + backup + "; " + reason));
            return null;
        });
    }

    private String describeContents() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("entries", results.count());
        fields.put("last_entry", results.dateRange().map(range -> range.last().toString()).orElse(null));
        return AuditValues.json(fields);
    }

    private Clock sessionClock() {
        return clock;
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
            if (lock != null) {
                lock.close();
            }
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

    /** Where a new database is built before it takes its name. */
    private static Path draftFor(Path path) {
        return path.resolveSibling(path.getFileName() + ".new");
    }

    /*
     * A new database is built completely under a draft name (schema, default groups) and only then
     * linked to its real name, which fails if a file appeared there meanwhile: a LoopWatch killed
     * while creating never leaves an empty or half-made file that the next start would refuse.
     * The lock is held, so the draft is ours; one left by a killed start is removed first.
     */
    private static void createComplete(Path path, Path draft, Clock clock) throws SQLException {
        deleteNewDatabase(draft);
        try {
            OwnerOnlyFiles.createFile(draft);
        } catch (AccessDeniedException e) {
            throw StoreMessages.readOnly(path, "its folder is read-only");
        } catch (IOException e) {
            throw StoreMessages.io(path, "created", e);
        }
        try (Connection connection = SqliteConnections.openReadWrite(draft)) {
            Migrations.migrate(connection, path, 0, Backups.of(path, clock));
        }
        // Closing checkpointed the draft's WAL into it and removed the -wal file.
        try {
            try {
                Files.createLink(path, draft);
                Files.delete(draft);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException) {
                    throw noLinks;
                }
                if (Files.exists(path)) {
                    throw new FileAlreadyExistsException(path.toString());
                }
                Backups.move(draft, path);
            }
        } catch (FileAlreadyExistsException e) {
            throw StoreMessages.alreadyExists(path);
        } catch (IOException e) {
            throw StoreMessages.io(path, "created", e);
        }
    }

    /* Only ever called for a draft of a new database, so no one's data is lost. */
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
