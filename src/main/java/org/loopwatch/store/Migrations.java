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

/**
 * Brings a database to the newest schema with the SQL scripts in
 * {@code org/loopwatch/db/migration/V001.sql, V002.sql, …}. The scripts are found by probing
 * consecutive numbers, because a directory inside a jar cannot be listed reliably. Each script
 * runs in one transaction that also sets {@code PRAGMA user_version}, so a failed script leaves
 * the database exactly at the previous version.
 *
 * <p>Script format: statements end with {@code ;} at the end of a line; lines starting with
 * {@code --} are comments. (No triggers: their bodies contain {@code ;}.)
 */
final class Migrations {

    /** {@code PRAGMA application_id} of a LoopWatch database: "LWch" in ASCII. */
    static final int APPLICATION_ID = 0x4C576368;

    private static final String FOLDER = "/org/loopwatch/db/migration/";
    private static final int LATEST = probeLatest();

    private Migrations() {
    }

    /** The schema version this app creates and understands. */
    static int latestVersion() {
        return LATEST;
    }

    /** Runs every script after {@code currentVersion}; returns the new version. */
    static int migrate(Connection connection, Path file, int currentVersion) {
        // Later issue (SPEC §3, backups before every migration): when 0 < currentVersion < LATEST,
        // take an online backup of the existing database here, before the first script touches it.
        int version = currentVersion;
        for (int next = currentVersion + 1; next <= LATEST; next++) {
            runScript(connection, file, next);
            version = next;
        }
        return version;
    }

    private static void runScript(Connection connection, Path file, int version) {
        String name = scriptName(version);
        run(connection, file, version, name, statements(read(name)));
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

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
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

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int probeLatest() {
        int version = 0;
        while (Migrations.class.getResource(FOLDER + scriptName(version + 1)) != null) {
            version++;
        }
        if (version == 0) {
            throw new IllegalStateException("no migration scripts under " + FOLDER);
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
