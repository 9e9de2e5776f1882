package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * The backups of one database file, in a {@code backups/} folder beside it, named
 * {@code <name>-<yyyy-MM-dd-HHmmss>-<reason>.db} in local time so that a person can find the
 * right one by its name, too. Each backup is written with SQLite's online backup API into a
 * {@code .partial} file, checked with {@code PRAGMA integrity_check}, forced to disk and only then
 * renamed to its final name: a backup that exists under its name is complete and was good when
 * written. A bad one is deleted and reported ({@link StoreException.Problem#BACKUP_FAILED}).
 *
 * <p>Of the daily backups the newest {@value #DAILY_KEPT} are kept; backups taken before an
 * upgrade or a restore, by hand or as a rescue are kept until the person deletes them.
 */
public final class Backups {

    /** How many daily backups are kept. */
    public static final int DAILY_KEPT = 14;

    static final String FOLDER = "backups";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");

    private final Path database;
    private final Path folder;
    private final String stem;
    private final Clock clock;
    private final Pattern names;

    private Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.folder = this.database.resolveSibling(FOLDER);
        String name = this.database.getFileName().toString();
        this.stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        this.clock = clock;
        this.names = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z]+(?:-[a-z]+)*)(?:-\\d+)?\\.db");
    }

    /** The backups of {@code database}, with the system clock. */
    public static Backups of(Path database) {
        return new Backups(database, Clock.systemDefaultZone());
    }

    static Backups of(Path database, Clock clock) {
        return new Backups(database, clock);
    }

    /** The folder the backups live in ({@code backups/} beside the database). */
    public Path folder() {
        return folder;
    }

    /** Every backup of this database, newest first; an unreadable file is listed with its problem. */
    public List<BackupInfo> list() {
        List<BackupInfo> backups = new ArrayList<>();
        for (Path file : files()) {
            Matcher name = names.matcher(file.getFileName().toString());
            if (name.matches()) {
                backups.add(describe(file, name));
            }
        }
        // A name gives the second; two backups taken within one (a restore's right after the day's)
        // are told apart by when their files were written, so the newest still comes first.
        java.util.Map<Path, Long> written = new java.util.HashMap<>();
        for (BackupInfo backup : backups) {
            written.put(backup.file(), lastWritten(backup.file()));
        }
        backups.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(backup -> written.get(backup.file()))
                .thenComparing(BackupInfo::file).reversed());
        return backups;
    }

    /* When the file was last written, in nanoseconds as the file system keeps it; 0 when it cannot say. */
    private static long lastWritten(Path file) {
        try {
            return Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /**
     * The newest backup that passes a full check ({@link #verify}); for the offer to restore a
     * damaged database at start.
     */
    public Optional<BackupInfo> newestGood() {
        for (BackupInfo backup : list()) {
            if (backup.isReadable()) {
                try {
                    verify(backup.file());
                    return Optional.of(backup);
                } catch (StoreException damaged) {
                    // Try the next older one.
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a backup that cannot replace the database: not a LoopWatch database, newer than
     * this app, or failing {@code PRAGMA integrity_check}. Reads only.
     */
    static void verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw StoreMessages.backupNotUsable(backup, StoreMessages.why("backupMissing"));
        }
        try (Connection connection = SqliteConnections.openForInspection(backup);
             var statement = connection.createStatement()) {
            int applicationId = Integer.parseInt(SqliteConnections.pragma(statement, "application_id"));
            int version = Integer.parseInt(SqliteConnections.pragma(statement, "user_version"));
            if (applicationId != Migrations.APPLICATION_ID || version < 1) {
                throw StoreMessages.backupNotUsable(backup, StoreMessages.why("notLoopWatch"));
            }
            if (version > Migrations.latestVersion()) {
                throw StoreMessages.backupNotUsable(backup, StoreMessages.why("newerSchema", Integer.toString(version)));
            }
            String check = integrityCheck(connection);
            if (!"ok".equals(check)) {
                throw StoreMessages.backupNotUsable(backup, StoreMessages.why("damaged", check));
            }
        } catch (SQLException e) {
            int code = SqliteErrors.primaryCode(e);
            boolean damaged = code == 11 || code == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
            throw StoreMessages.backupNotUsable(backup, StoreMessages.why(damaged ? "damaged" : "unreadable", e.getMessage()));
        } catch (NumberFormatException e) {
            throw StoreMessages.backupNotUsable(backup, StoreMessages.why("notLoopWatch"));
        }
    }

    /** True when no daily backup was taken today (local date). */
    boolean dailyDue() {
        LocalDate today = now().toLocalDate();
        return list().stream().noneMatch(b -> b.reason() == BackupReason.DAILY && b.takenAt().toLocalDate().equals(today));
    }

    /**
     * Writes a backup of the database open on {@code source} (which must not be inside a
     * transaction), checks it, and for a daily backup removes daily backups beyond the newest
     * {@value #DAILY_KEPT}.
     */
    Path write(Connection source, BackupReason reason) {
        Path target = freeName(reason);
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            OwnerOnlyFiles.createFolder(folder);
            deleteLeftoverPartials();
            OwnerOnlyFiles.createFile(partial);
            int rc = source.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
            if (rc != 0) {
                throw new SQLException("SQLite backup ended with code " + rc, null, rc);
            }
            String check = checkWritten(partial);
            if (!"ok".equals(check)) {
                DurableFiles.deleteQuietly(partial);
                throw StoreMessages.backupDamaged(target, check);
            }
            DurableFiles.force(partial);
            DurableFiles.move(partial, target);
            OwnerOnlyFiles.restrict(target);
        } catch (IOException | SQLException e) {
            DurableFiles.deleteQuietly(partial);
            throw StoreMessages.backupFailed(target, e);
        }
        if (reason == BackupReason.DAILY) {
            pruneDailies();
        }
        return target;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private Path freeName(BackupReason reason) {
        String base = stem + "-" + STAMP.format(now()) + "-" + reason.code();
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    private BackupInfo describe(Path file, Matcher name) {
        LocalDateTime takenAt;
        try {
            takenAt = LocalDateTime.parse(name.group(1), STAMP);
        } catch (DateTimeParseException e) {
            takenAt = LocalDateTime.MIN;
        }
        BackupReason reason = BackupReason.fromCode(name.group(2)).orElse(BackupReason.MANUAL);
        try (Connection connection = SqliteConnections.openForInspection(file);
             var statement = connection.createStatement()) {
            if (!Integer.toString(Migrations.APPLICATION_ID).equals(SqliteConnections.pragma(statement, "application_id"))) {
                return unreadable(file, takenAt, reason, "not a LoopWatch database");
            }
            try (var rows = statement.executeQuery("SELECT count(*), max(date) FROM daily_results")) {
                rows.next();
                String last = rows.getString(2);
                return new BackupInfo(file, takenAt, reason, rows.getLong(1),
                        last == null ? Optional.empty() : Optional.of(LocalDate.parse(last)), Optional.empty());
            }
        } catch (SQLException | DateTimeParseException e) {
            return unreadable(file, takenAt, reason, "cannot be read: " + e.getMessage());
        }
    }

    private static BackupInfo unreadable(Path file, LocalDateTime takenAt, BackupReason reason, String problem) {
        return new BackupInfo(file, takenAt, reason, 0, Optional.empty(), Optional.of(problem));
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw StoreMessages.io(folder, "listed", e);
        }
    }

    private void pruneDailies() {
        List<BackupInfo> dailies = list().stream().filter(b -> b.reason() == BackupReason.DAILY).toList();
        for (BackupInfo old : dailies.subList(Math.min(DAILY_KEPT, dailies.size()), dailies.size())) {
            DurableFiles.deleteQuietly(old.file());
        }
    }

    /* A .partial file is a backup interrupted by a crash: never complete, never listed. */
    private void deleteLeftoverPartials() {
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.startsWith(stem + "-") && (name.endsWith(PARTIAL) || name.endsWith(PARTIAL + "-journal"))) {
                DurableFiles.deleteQuietly(file);
            }
        }
    }

    private static String checkWritten(Path file) throws SQLException {
        try (Connection connection = SqliteConnections.openForInspection(file)) {
            return integrityCheck(connection);
        }
    }

    static String integrityCheck(Connection connection) throws SQLException {
        StringBuilder problems = new StringBuilder();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA integrity_check(5)")) {
            while (rows.next()) {
                problems.append(problems.isEmpty() ? "" : "; ").append(rows.getString(1));
            }
        }
        return problems.toString();
    }
}
