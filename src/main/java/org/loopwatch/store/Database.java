package org.loopwatch.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An open LoopWatch database: one connection, the lock that keeps a second LoopWatch away, and the
 * repositories that read and change it. Close it to release the file.
 *
 * <p>Opening ({@link SqliteFileOpener}) never changes a file it refuses and never puts a new empty
 * database in place of an existing file; restoring a backup is {@link SqliteRestore}'s.
 *
 * <p>Methods may be called from any thread; calls queue on the single connection. Keep them off
 * the JavaFX Application Thread.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    /** Null for a database opened for reading only ({@link #openForReading}). */
    private final DatabaseLock lock;
    private final SqlSession session;
    private final int schemaVersion;
    private final Clock clock;
    private final GroupRepository groups;
    private final RollupRepository rollups;
    private final DailyResultRepository results;
    private final DayStatusRepository days;
    private final AuditRepository audit;
    private final EventRepository event;
    private final SettingsRepository settings;

    Database(Path file, DatabaseLock lock, SqlSession session, int schemaVersion, Clock clock) {
        this.file = file;
        this.lock = lock;
        this.session = session;
        this.schemaVersion = schemaVersion;
        this.clock = clock;
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
        return SqliteFileOpener.open(file, mode, clock);
    }

    /**
     * Opens an existing database to read it only ({@code summary}, {@code export-csv}, {@code export}),
     * without the lock: SQLite's WAL lets these read a consistent snapshot while the desktop app
     * holds the file and writes (SPEC §3: readers never block, and are never blocked). The same
     * checks as {@link #open} refuse a file first. A database older than this app is opened as by
     * {@link #open} instead, since upgrading it needs the lock; writing through the returned
     * database fails with {@link StoreException.Problem#READ_ONLY}.
     *
     * @throws StoreException when the file cannot be read; the message names it and says what to do
     */
    public static Database openForReading(Path file) {
        return openForReading(file, Clock.systemUTC());
    }

    /** {@link #openForReading(Path)} with the clock of an upgrade's audit rows and backups (tests). */
    public static Database openForReading(Path file, Clock clock) {
        return SqliteFileOpener.openForReading(file, clock);
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
        return SqliteRestore.overDamaged(file, backup, clock);
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
        return Backups.of(file, clock);
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
        return SqliteRestore.inPlace(this, (SqliteSession) session, backup);
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
            throw session.map("closing", e);
        } finally {
            releaseLock();
        }
    }

    /**
     * Closes this database and deletes its file and side files, for a database this process
     * created moments ago and could not fill (e.g. an import into a new file that was refused).
     * The files go while the lock is still held, so no other LoopWatch can have opened them; the
     * lock file stays (decision record 0005).
     */
    public void closeAndDelete() {
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
