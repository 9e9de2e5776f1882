package org.loopwatch.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An open LoopWatch database: where it is, and the repositories that read and change it. Close it
 * to release the file.
 *
 * <p>This class is the one door; the work is done behind it: the connection, lock and change
 * watcher it holds and releases are {@link DatabaseLifecycle}'s, the repositories it hands out
 * {@link DatabaseRepositories}', a file's backups {@link FileBackupActions}', and opening what a
 * {@code --db} location names {@link LocationOpener}'s.
 *
 * <p>Opening ({@link SqliteFileOpener}) never changes a file it refuses and never puts a new empty
 * database in place of an existing file; restoring a backup is {@link SqliteRestore}'s.
 *
 * <p>Methods may be called from any thread; calls queue on the single connection. Keep them off
 * the JavaFX Application Thread.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final TeamDatabaseUrl teamUrl;
    private final int schemaVersion;
    private final DatabaseLifecycle lifecycle;
    private final DatabaseRepositories repositories;
    private final FileBackupActions backupActions;
    /** Set once by the opener, before the database is handed out. */
    private IntegrityCheck integrity = IntegrityCheck.DONE;

    Database(Path file, DatabaseLock lock, SqlSession session, int schemaVersion, Clock clock) {
        this(file, null, null, lock, session, schemaVersion, clock);
    }

    Database(TeamDatabaseUrl url, PostgresSession session, TeamChangeWatcher watcher, int schemaVersion, Clock clock) {
        this(null, url, watcher, null, session, schemaVersion, clock);
    }

    private Database(Path file, TeamDatabaseUrl teamUrl, TeamChangeWatcher watcher, DatabaseLock lock,
                     SqlSession session, int schemaVersion, Clock clock) {
        this.file = file;
        this.teamUrl = teamUrl;
        this.schemaVersion = schemaVersion;
        this.lifecycle = new DatabaseLifecycle(file, watcher, lock, session);
        this.repositories = new DatabaseRepositories(session);
        this.backupActions = new FileBackupActions(file, teamUrl != null, session, clock);
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
     * {@link #openForReading(Path, Clock)} for a command that reads a whole file and then writes what
     * it computed (the briefing PDF): SQLite's {@code quick_check}, which reads every page, runs on a
     * second thread while the command reads and computes, instead of before (decision 0042). The
     * command must call {@link #requireUndamaged()} before it writes anything, and when its reading
     * fails, so that a damaged file is reported as {@link #openForReading(Path, Clock)} reports it.
     */
    public static Database openForReadingWhileChecking(Path file, Clock clock) {
        return SqliteFileOpener.openForReading(file, clock, true);
    }

    Database checkedAlongside(IntegrityCheck check) {
        this.integrity = check;
        return this;
    }

    /**
     * Waits for the check started by {@link #openForReadingWhileChecking}, if any, and throws the
     * {@link StoreException} ({@link StoreException.Problem#CORRUPT}) that opening would have thrown
     * for a damaged file; returns at once for a database checked when it was opened.
     */
    public void requireUndamaged() {
        integrity.require();
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

    /**
     * Connects to a team database (SPEC §3.1) set up by {@link #teamInit}; upgrades its schema
     * when it is older (which needs {@link TeamRole#ADMIN}). The password comes from
     * {@code PGPASSWORD}, else the password file, else {@code prompt}.
     *
     * @throws StoreException when the server cannot be reached, refuses the login, or the database
     *                        holds no LoopWatch schema; the message says what to do
     */
    public static Database connect(TeamDatabaseUrl url, PasswordPrompt prompt, Clock clock) {
        return PostgresOpener.connect(url, prompt, clock);
    }

    /** {@link #connect(TeamDatabaseUrl, PasswordPrompt, Clock)} with the system clock. */
    public static Database connect(TeamDatabaseUrl url, PasswordPrompt prompt) {
        return connect(url, prompt, Clock.systemUTC());
    }

    /**
     * Sets up a team database ({@code team init}): the roles {@code loopwatch_entry},
     * {@code loopwatch_analyst} and {@code loopwatch_admin} where the server has none yet, the
     * schema {@code loopwatch} with the default groups and rollups, and the user running it as an
     * admin. Needs a user who may create roles and owns the (existing, empty) database.
     *
     * @throws StoreException {@link StoreException.Problem#ALREADY_EXISTS} when the database is set up already
     */
    public static Database teamInit(TeamDatabaseUrl url, PasswordPrompt prompt, Clock clock) {
        return PostgresOpener.teamInit(url, prompt, clock);
    }

    /**
     * Opens what {@code --db} names: a team database for a {@code postgresql://} address, else a
     * file (which {@code mode} may create; a team database is never created here, see
     * {@link #teamInit}).
     *
     * @throws IllegalArgumentException when a {@code postgresql://} address is malformed (a usage error)
     */
    public static Database open(String location, OpenMode mode, PasswordPrompt prompt, Clock clock) {
        return LocationOpener.open(location, mode, prompt, clock);
    }

    /**
     * Opens a new, empty database to copy into ({@code copy --to}): a file that must not exist yet,
     * or a team database that is set up here when it is not yet (and must hold no results).
     */
    public static Database openCopyTarget(String location, PasswordPrompt prompt, Clock clock) {
        return LocationOpener.openCopyTarget(location, prompt, clock);
    }

    /**
     * Copies everything this database holds into {@code target}, which must hold no results and no
     * audit rows (a new file, or a team database just set up): groups, rollups, results with their
     * versions, day status, the audit log as it was, event, key dates and settings, with their ids.
     * One transaction in the target. Needs {@link TeamRole#ADMIN} on a team target.
     *
     * @return rows copied per table
     */
    public Map<String, Long> copyTo(Database target) {
        return DatabaseCopy.copy(this, target);
    }

    /** The number of rows of every table {@link #copyTo} copies, for checking a copy. */
    public Map<String, Long> rowCounts() {
        return session().read(DatabaseCopy::rowCounts);
    }

    /** The schema version this app creates and understands, for database files. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** The absolute path of the database file; null for a team database ({@link #teamUrl()}). */
    public Path file() {
        return file;
    }

    /** The team database's address; empty for a database file. */
    public Optional<TeamDatabaseUrl> teamUrl() {
        return Optional.ofNullable(teamUrl);
    }

    /** The file's path or the team database's address, for the status bar and messages. */
    public String location() {
        return teamUrl != null ? teamUrl.toString() : file.toString();
    }

    /** Who is recorded in the audit log for changes made here: the OS user, or the database user. */
    public String user() {
        return session().user();
    }

    /**
     * The team roles the user holds, for enabling what they may do (the database enforces them
     * anyway); every role for a database file, which has no roles.
     */
    public Set<TeamRole> roles() {
        if (teamUrl == null) {
            return EnumSet.allOf(TeamRole.class);
        }
        return session().read(PostgresSchema::rolesOf);
    }

    /**
     * Listens for changes saved by other desks of a team database (never called for a file, nor
     * for this object's own changes). Listeners run on a store thread.
     */
    public void addChangeListener(ChangeListener listener) {
        lifecycle.addChangeListener(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        lifecycle.removeChangeListener(listener);
    }

    /** Listens for a team database's connection being lost and back; never called for a file. */
    public void addConnectionListener(ConnectionListener listener) {
        lifecycle.addConnectionListener(listener);
    }

    public void removeConnectionListener(ConnectionListener listener) {
        lifecycle.removeConnectionListener(listener);
    }

    /** The schema version of the open file (after any migration: the latest). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The time of the last saved change ("data as of"); empty for a database never changed. */
    public Optional<Instant> dataAsOf() {
        return repositories.dataAsOf();
    }

    public GroupRepository groups() {
        return repositories.groups();
    }

    public RollupRepository rollups() {
        return repositories.rollups();
    }

    public DailyResultRepository results() {
        return repositories.results();
    }

    /** What other desks changed in the results since a mark: team databases only (decision 0046). */
    public ResultChangeReader resultChanges() {
        return repositories.resultChanges();
    }

    public DayStatusRepository days() {
        return repositories.days();
    }

    public AuditRepository audit() {
        return repositories.audit();
    }

    public EventRepository event() {
        return repositories.event();
    }

    public SettingsRepository settings() {
        return repositories.settings();
    }

    /** Alert rules per group and stage, with the stages' defaults (issue 21). */
    public AlertRuleRepository alertRules() {
        return repositories.alertRules();
    }

    /** Acknowledgements of alerts (issue 21). */
    public AlertAcknowledgementRepository alerts() {
        return repositories.alerts();
    }

    /**
     * The backups of this database (a {@code backups/} folder beside it).
     *
     * @throws IllegalStateException for a team database, which its server's administrator backs up
     */
    public Backups backups() {
        return backupActions.backups();
    }

    /**
     * Takes an online backup now and checks it; see {@link Backups}.
     *
     * @return the backup as listed
     * @throws StoreException {@link StoreException.Problem#BACKUP_FAILED} when it could not be written
     *                        or failed its check (a bad file is deleted)
     */
    public BackupInfo backupNow(BackupReason reason) {
        return backupActions.backupNow(reason);
    }

    /** Takes the day's backup when none was taken today (local date), for the first start of a day; never for a team database. */
    public Optional<BackupInfo> dailyBackupIfDue() {
        return backupActions.dailyBackupIfDue();
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
        return backupActions.restoreFrom(this, backup);
    }

    SqlSession session() {
        return lifecycle.session();
    }

    /** Closes the connection (SQLite folds the WAL back into the file) and releases the lock. */
    @Override
    public void close() {
        integrity.awaitQuietly();
        lifecycle.close();
    }

    /**
     * Closes this database and deletes its file and side files, for a database this process
     * created moments ago and could not fill (e.g. an import into a new file that was refused).
     * The files go while the lock is still held, so no other LoopWatch can have opened them; the
     * lock file stays (decision record 0005).
     */
    public void closeAndDelete() {
        lifecycle.closeAndDelete();
    }
}
