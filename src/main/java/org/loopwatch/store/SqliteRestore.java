package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a backup in the place of a database file, as decision record 0007 describes: in place
 * inside a running app ({@link #inPlace}), or over a damaged file at start ({@link #overDamaged}).
 * Either way the backup is checked in full first, nothing is deleted, and the restore is audited.
 */
final class SqliteRestore {

    private SqliteRestore() {
    }

    /** See {@link Database#restoreDamaged(Path, Path, Clock)}. */
    static Database overDamaged(Path file, Path backup, Clock clock) {
        Path path = SqliteFileOpener.withRealFolder(file.toAbsolutePath().normalize());
        Backups.verify(backup);
        DatabaseLock lock = DatabaseLock.acquire(path, clock);
        Path aside;
        try {
            aside = Files.exists(path) ? DamagedFiles.moveAside(path, clock) : null;
            placeCopy(backup, path, aside);
        } catch (IOException e) {
            lock.close();
            throw StoreMessages.notReplacedByBackup(path, backup, e);
        }
        Database database = SqliteFileOpener.openLocked(path, lock, true, clock);
        String kept = aside == null ? "there was no file to keep" : "the damaged file was kept as " + aside;
        record(database, backup, "restored at start because the database was damaged; " + kept, null);
        return database;
    }

    /* The copy is made under a temporary name and forced before it takes the database's name. */
    private static void placeCopy(Path backup, Path path, Path aside) throws IOException {
        try {
            DurableFiles.copy(backup, path, ".restoring");
        } catch (IOException e) {
            if (aside != null) {
                DamagedFiles.moveBack(aside, path);
            }
            throw e;
        }
    }

    /** See {@link Database#restoreFrom(Path)}. */
    static RestoreResult inPlace(Database database, SqliteSession session, Path backup) {
        Backups.verify(backup);
        Backups backups = database.backups();
        Path before = session.exclusive("backing up", connection -> backups.write(connection, BackupReason.BEFORE_RESTORE));
        String oldValue = describeContents(database);
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
            throw SqliteErrors.map(session.file(), "reopening", e);
        }
        session.exclusive("upgrading", connection -> {
            int version;
            try (var statement = connection.createStatement()) {
                version = Integer.parseInt(SqliteConnections.pragma(statement, "user_version"));
            }
            return Migrations.migrate(connection, session.file(), version, backups);
        });
        record(database, backup, "the database before the restore was kept as " + before, oldValue);
        return new RestoreResult(backup, before, database.results().count(),
                database.results().dateRange().map(DateRange::last));
    }

    private static void record(Database database, Path backup, String reason, String oldValue) {
        String newValue = describeContents(database);
        SqlSession session = database.session();
        session.write(TeamRole.ENTRY, connection -> {
            AuditWriter.write(connection, session, new AuditDraft(AuditAction.RESTORE, AuditEntity.DATABASE,
                    backup.getFileName().toString(), null, null, null, oldValue, newValue,
                    "from backup " + backup + "; " + reason));
            return null;
        });
    }

    private static String describeContents(Database database) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("entries", database.results().count());
        fields.put("last_entry", database.results().dateRange().map(range -> range.last().toString()).orElse(null));
        return AuditValues.json(fields);
    }
}
