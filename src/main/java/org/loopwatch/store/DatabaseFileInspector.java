package org.loopwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides whether an existing file may be opened for writing, without changing it: everything
 * here reads only. Enabling WAL or running a migration rewrites the file's header, so every
 * refusal must be found before {@link Database} opens a read-write connection.
 */
final class DatabaseFileInspector {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFileInspector() {
    }

    /** Refuses a folder, an empty file or anything that does not start with SQLite's header. */
    static void requireSqliteHeader(Path file) {
        if (Files.isDirectory(file)) {
            throw StoreMessages.notADatabase(file, StoreMessages.why("folder"));
        }
        byte[] start = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw StoreMessages.io(file, "read", e);
        }
        if (read == 0) {
            throw StoreMessages.notADatabase(file, StoreMessages.why("empty"));
        }
        if (read < start.length || !Arrays.equals(start, SQLITE_HEADER)) {
            throw StoreMessages.notADatabase(file, StoreMessages.why("notSqlite"));
        }
    }

    /**
     * Refuses a file or folder that cannot be written. A missing owner-write bit counts even for
     * root, for whom {@link Files#isWritable} is always true: someone made the file read-only on
     * purpose, and writing through that would surprise them.
     */
    static void requireWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!isWritable(file)) {
            throw StoreMessages.readOnly(file, StoreMessages.why("fileReadOnly"));
        }
        if (folder != null && !isWritable(folder)) {
            throw StoreMessages.readOnly(file, StoreMessages.why("journalFolderReadOnly", folder));
        }
    }

    private static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the schema version of an existing SQLite file through a read-only connection and
     * refuses a file that is newer than this app, another program's, or fails {@code quick_check}.
     *
     * @return the file's schema version, 0 for an SQLite file without any tables
     */
    static int inspectContents(Path file) {
        return inspectContents(file, true);
    }

    /**
     * {@link #inspectContents(Path)}, with {@code quick_check} only when {@code checkPages}: without
     * it, the caller must run {@link #requireUndamaged} before it trusts what it read.
     */
    static int inspectContents(Path file, boolean checkPages) {
        try (Connection connection = SqliteConnections.openForInspection(file);
             Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int userVersion = intPragma(statement, "user_version");
            boolean foreignApplication = applicationId != 0 && applicationId != Migrations.APPLICATION_ID;
            if (foreignApplication) {
                throw StoreMessages.notLoopWatch(file);
            }
            if (userVersion > Migrations.latestVersion()) {
                throw StoreMessages.newerSchema(file, userVersion, Migrations.latestVersion());
            }
            if (checkPages) {
                requireUndamaged(file, statement);
            }
            if (applicationId == 0 && !looksLikeLoopWatch(statement, userVersion)) {
                throw StoreMessages.notLoopWatch(file);
            }
            return userVersion;
        } catch (SQLException e) {
            throw SqliteErrors.whileInspecting(file, e);
        }
    }

    /** Refuses a file whose pages or indexes SQLite's {@code quick_check} finds damaged, as at opening. */
    static void requireUndamaged(Path file) {
        try (Connection connection = SqliteConnections.openForInspection(file);
             Statement statement = connection.createStatement()) {
            requireUndamaged(file, statement);
        } catch (SQLException e) {
            throw SqliteErrors.whileInspecting(file, e);
        }
    }

    private static void requireUndamaged(Path file, Statement statement) throws SQLException {
        String check = quickCheck(statement);
        if (!"ok".equals(check)) {
            throw StoreMessages.corrupt(file, check, null);
        }
    }

    /*
     * Without our application id a file is ours only if it is empty (nothing to lose by creating
     * the schema in it) or has our tables (a version written before the id existed, or a test).
     */
    private static boolean looksLikeLoopWatch(Statement statement, int userVersion) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE name IN ('groups', 'daily_results')) "
                        + "FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            rows.next();
            int tables = rows.getInt(1);
            int ours = rows.getInt(2);
            return userVersion == 0 ? tables == 0 : ours == 2;
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String quickCheck(Statement statement) throws SQLException {
        StringBuilder problems = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check(3)")) {
            while (rows.next()) {
                if (!problems.isEmpty()) {
                    problems.append("; ");
                }
                problems.append(rows.getString(1));
            }
        }
        return problems.toString();
    }
}
