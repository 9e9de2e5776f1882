package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * Opens a database file, or creates it, as decision record 0005 describes. Every check that can
 * refuse an existing file reads only and runs before the lock is taken, so a refused file is byte
 * for byte unchanged and its folder gains nothing, not even a lock file. With the lock held, the
 * read-write connection switches on WAL and migrates. The lock file, once made, is never deleted.
 */
final class SqliteFileOpener {

    private SqliteFileOpener() {
    }

    /** See {@link Database#open(Path, OpenMode, Clock)}. */
    static Database open(Path file, OpenMode mode, Clock clock) {
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
            path = withRealFolder(path);
            DatabaseLock.requireNotHeldHere(path);
            DatabaseFileInspector.inspectContents(path);
        } else {
            createParentFolders(path);
            path = withRealFolder(path);
        }
        DatabaseLock lock = DatabaseLock.acquire(path, clock);
        return openLocked(path, lock, exists, clock);
    }

    /** See {@link Database#openForReading(Path, Clock)}: the same refusals as {@link #open}, then no lock. */
    static Database openForReading(Path file, Clock clock) {
        return openForReading(file, clock, false);
    }

    /**
     * See {@link Database#openForReadingWhileChecking}: as {@link #openForReading(Path, Clock)}, but
     * {@code quick_check} runs beside the caller's reading unless the file needs an upgrade (an
     * upgrade writes, and is checked in full first as always).
     */
    static Database openForReading(Path file, Clock clock, boolean checkAlongside) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw StoreMessages.notFound(path);
        }
        DatabaseFileInspector.requireSqliteHeader(path);
        DatabaseFileInspector.requireWritable(path);
        path = withRealFolder(path);
        int version = DatabaseFileInspector.inspectContents(path, !checkAlongside);
        if (version < Migrations.latestVersion()) {
            if (checkAlongside) {
                DatabaseFileInspector.requireUndamaged(path);
            }
            return open(path, OpenMode.MUST_EXIST, clock);
        }
        IntegrityCheck check = checkAlongside ? IntegrityCheck.start(path) : IntegrityCheck.DONE;
        try {
            SqliteSession session = new SqliteSession(SqliteConnections.openReadOnly(path), path, clock,
                    System.getProperty("user.name", "unknown"));
            return new Database(path, null, session, version, clock).checkedAlongside(check);
        } catch (SQLException e) {
            check.require(); // damage found by the check explains the failure best
            throw SqliteErrors.map(path, "opening", e);
        }
    }

    /**
     * The rest of opening, with the lock held; releases the lock when it fails (the lock file
     * stays, decision record 0005). An existing file passed its inspection already.
     */
    static Database openLocked(Path path, DatabaseLock lock, boolean exists, Clock clock) {
        Path draft = draftFor(path);
        Connection connection = null;
        try {
            if (!exists) {
                createComplete(path, draft, clock);
            }
            connection = SqliteConnections.openReadWrite(path);
            int version = Migrations.migrate(connection, path, schemaVersion(connection, path), Backups.of(path, clock));
            OwnerOnlyFiles.restrictDatabase(path);
            SqliteSession session = new SqliteSession(connection, path, clock, System.getProperty("user.name", "unknown"));
            return new Database(path, lock, session, version, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (!exists) {
                DurableFiles.deleteWithSideFiles(draft);
            }
            lock.close();
            throw e instanceof SQLException sql ? SqliteErrors.map(path, "opening", sql) : (RuntimeException) e;
        }
    }

    /*
     * Read again under the lock: the inspection ran before it, and another LoopWatch may have
     * upgraded the file in between. Newer than this app can only appear by such a race.
     */
    private static int schemaVersion(Connection connection, Path path) throws SQLException {
        int version;
        try (Statement statement = connection.createStatement()) {
            version = Integer.parseInt(SqliteConnections.pragma(statement, "user_version"));
        }
        if (version > Migrations.latestVersion()) {
            throw StoreMessages.newerSchema(path, version, Migrations.latestVersion());
        }
        return version;
    }

    private static void createParentFolders(Path path) {
        Path folder = path.getParent();
        try {
            OwnerOnlyFiles.createFolder(folder); // a folder made for the database is owner-only too
        } catch (AccessDeniedException e) {
            throw StoreMessages.readOnly(path, StoreMessages.why("folderNotWritable"));
        } catch (IOException e) {
            throw StoreMessages.folderNotMade(path, folder, e);
        }
        if (!Files.isWritable(folder)) {
            throw StoreMessages.readOnly(path, StoreMessages.why("folderReadOnly", folder));
        }
    }

    /** One spelling per folder, so the same file reached through a link is one lock, not two. */
    static Path withRealFolder(Path path) {
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
        DurableFiles.deleteWithSideFiles(draft);
        try {
            OwnerOnlyFiles.createFile(draft);
        } catch (AccessDeniedException e) {
            throw StoreMessages.readOnly(path, StoreMessages.why("itsFolderReadOnly"));
        } catch (IOException e) {
            throw StoreMessages.io(path, "created", e);
        }
        try (Connection connection = SqliteConnections.openDraft(draft)) {
            Migrations.migrate(connection, path, 0, Backups.of(path, clock));
        }
        // Closing checkpointed the draft's WAL into it and removed the -wal file, forcing nothing
        // (synchronous=OFF): the draft is forced once, whole, before it gets its real name.
        try {
            DurableFiles.force(draft);
            try {
                Files.createLink(path, draft);
                Files.delete(draft);
                DurableFiles.forceFolder(path.getParent());
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException) {
                    throw noLinks;
                }
                if (Files.exists(path)) {
                    throw new FileAlreadyExistsException(path.toString());
                }
                DurableFiles.move(draft, path);
            }
        } catch (FileAlreadyExistsException e) {
            throw StoreMessages.alreadyExists(path);
        } catch (IOException e) {
            throw StoreMessages.io(path, "created", e);
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
