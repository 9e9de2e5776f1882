package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Notices when the database file is deleted, moved or replaced under the running app. SQLite keeps
 * writing to a deleted file's inode without complaint, and everything saved afterwards would be
 * gone when the app closes; so every write first checks that the path still names the file that
 * was opened (same file key: device and inode on Unix).
 *
 * <p>A deleted file is put back: the open connection still sees every acknowledged save, and an
 * online backup of it is written to the old path. A file replaced by another is never touched:
 * what this app had saved is kept as a rescue backup, and further changes are refused.
 */
final class FileIdentity {

    private final Path file;
    private Object key;
    private Path rescuedAs;

    FileIdentity(Path file) {
        this.file = file;
        remember();
    }

    void remember() {
        key = keyOf(file);
        rescuedAs = null;
    }

    /** Called with the session's lock held, before a write transaction. */
    void requireUnchanged(SqliteSession session) {
        if (key == null) {
            return; // The file system has no file keys; nothing to compare.
        }
        if (rescuedAs != null) {
            throw StoreMessages.fileReplaced(file, rescuedAs);
        }
        Object now = keyOf(file);
        if (Objects.equals(key, now)) {
            return;
        }
        if (now == null) {
            throw putBack(session);
        }
        throw rescue(session);
    }

    private StoreException putBack(SqliteSession session) {
        Path restoring = file.resolveSibling(file.getFileName() + ".restoring");
        long rows;
        boolean copied = false;
        try {
            Files.createDirectories(file.getParent());
            DurableFiles.deleteQuietly(restoring);
            OwnerOnlyFiles.createFile(restoring);
            rows = session.exclusive("putting back", connection -> {
                copyInto(connection, restoring);
                return countRows(restoring);
            });
            DurableFiles.force(restoring);
            copied = true;
            // Closing the old connection checkpoints into the deleted file and removes its -wal and
            // -shm, which must not be read as belonging to the file put back.
            session.exclusive("putting back", connection -> {
                connection.close();
                return null;
            });
            if (Files.exists(file)) {
                rescuedAs = restoring;
                return StoreMessages.fileReplaced(file, restoring);
            }
            DurableFiles.move(restoring, file);
            session.reopen();
        } catch (IOException | SQLException | RuntimeException e) {
            if (copied) {
                // The checked copy holds every acknowledged save: keep it, and say where it is.
                rescuedAs = restoring;
                return StoreMessages.fileReplaced(file, restoring);
            }
            DurableFiles.deleteQuietly(restoring);
            return StoreMessages.fileReplacedNoRescue(file, e);
        }
        return StoreMessages.fileDeletedAndPutBack(file, rows);
    }

    private StoreException rescue(SqliteSession session) {
        try {
            rescuedAs = session.exclusive("rescuing", connection -> Backups.of(file).write(connection, BackupReason.RESCUE));
        } catch (RuntimeException e) {
            return StoreMessages.fileReplacedNoRescue(file, e);
        }
        return StoreMessages.fileReplaced(file, rescuedAs);
    }

    private static void copyInto(Connection connection, Path target) throws SQLException {
        int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        if (rc != 0) {
            throw new SQLException("SQLite backup ended with code " + rc, null, rc);
        }
        try (Connection copy = SqliteConnections.openForInspection(target)) {
            String check = Backups.integrityCheck(copy);
            if (!"ok".equals(check)) {
                throw new SQLException("the copy failed its integrity check: " + check);
            }
        }
    }

    private static long countRows(Path copy) throws SQLException {
        try (Connection connection = SqliteConnections.openForInspection(copy);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM daily_results")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
