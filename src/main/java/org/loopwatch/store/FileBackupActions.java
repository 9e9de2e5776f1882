package org.loopwatch.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The backups an open database file takes and restores ({@link Database#backupNow},
 * {@link Database#dailyBackupIfDue}, {@link Database#restoreFrom}); a team database has none, as
 * its server's administrator backs it up.
 */
final class FileBackupActions {

    private final Path file;
    private final boolean team;
    private final SqlSession session;
    private final Clock clock;

    FileBackupActions(Path file, boolean team, SqlSession session, Clock clock) {
        this.file = file;
        this.team = team;
        this.session = session;
        this.clock = clock;
    }

    /** See {@link Database#backups()}. */
    Backups backups() {
        if (team) {
            throw new IllegalStateException("a team database is backed up on its server (e.g. pg_dump), not by LoopWatch");
        }
        return Backups.of(file, clock);
    }

    /** See {@link Database#backupNow}. */
    BackupInfo backupNow(BackupReason reason) {
        Backups backups = backups();
        Path written = session.exclusive("backing up", connection -> backups.write(connection, reason));
        return backups.list().stream().filter(b -> b.file().equals(written)).findFirst().orElseThrow();
    }

    /** See {@link Database#dailyBackupIfDue}. */
    Optional<BackupInfo> dailyBackupIfDue() {
        if (team || !backups().dailyDue()) {
            return Optional.empty();
        }
        return Optional.of(backupNow(BackupReason.DAILY));
    }

    /** See {@link Database#restoreFrom}. */
    RestoreResult restoreFrom(Database database, Path backup) {
        backups(); // refuses a team database
        return SqliteRestore.inPlace(database, (SqliteSession) session, backup);
    }
}
