package org.loopwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Brings a database to the newest schema with the SQL scripts in
 * {@code org/loopwatch/db/migration/V001.sql, V002.sql, …}. The scripts are found by probing
 * consecutive numbers, because a directory inside a jar cannot be listed reliably. Each script
 * runs in one transaction that also sets {@code PRAGMA user_version}, so a failed script leaves
 * the database exactly at the previous version.
 *
 * <p>Script format: statements end with {@code ;} at the end of a line; lines starting with
 * {@code --} are comments; a PostgreSQL function body between lines holding {@code $$} may hold {@code ;}.
 */
final class Migrations {

    /** {@code PRAGMA application_id} of a LoopWatch database: "LWch" in ASCII. */
    static final int APPLICATION_ID = 0x4C576368;

    private static final String FOLDER = "/org/loopwatch/db/migration/";
    private static final int LATEST = probeLatest(FOLDER);

    private Migrations() {
    }

    /** The schema version this app creates and understands. */
    static int latestVersion() {
        return LATEST;
    }

    /**
     * Runs every script after {@code currentVersion}; returns the new version. An existing
     * database (version above 0) is first backed up ({@link BackupReason#BEFORE_UPGRADE}); a failed
     * backup stops the upgrade before anything changed.
     */
    static int migrate(Connection connection, Path file, int currentVersion, Backups backups) {
        return migrate(connection, file, currentVersion, LATEST, backups,
                version -> statements(read(FOLDER, scriptName(version))));
    }

    /** As above with the scripts given, so tests can add a version. */
    static int migrate(Connection connection, Path file, int currentVersion, int latest, Backups backups,
                       IntFunction<List<String>> scripts) {
        if (currentVersion > 0 && currentVersion < latest) {
            backups.write(connection, BackupReason.BEFORE_UPGRADE);
        }
        int version = currentVersion;
        for (int next = currentVersion + 1; next <= latest; next++) {
            run(connection, file, next, scriptName(next), scripts.apply(next));
            version = next;
        }
        return version;
    }

    /** Runs one script's statements and sets {@code user_version} in one transaction. */
    static void run(Connection connection, Path file, int version, String name, List<String> statements) {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                if (version == 1) {
                    statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                    DefaultData.insert(connection);
                }
                statement.execute("PRAGMA user_version = " + version);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw StoreMessages.migrationFailed(file, name, version - 1, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is unusable anyway; the caller closes it.
            }
        }
    }

    /**
     * Splits a script at lines ending with {@code ;}, except inside a PostgreSQL function body
     * between {@code $$} marks (whose statements end with {@code ;} too).
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (!inBody && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.split("\\$\\$", -1).length % 2 == 0) {
                inBody = !inBody;
            }
            if (!inBody && trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String scriptName(int version) {
        return "V%03d.sql".formatted(version);
    }

    static String read(String folder, String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int probeLatest(String folder) {
        int version = 0;
        while (Migrations.class.getResource(folder + scriptName(version + 1)) != null) {
            version++;
        }
        if (version == 0) {
            throw new IllegalStateException("no migration scripts under " + folder);
        }
        return version;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction dies with the connection, which the caller closes.
        }
    }
}
