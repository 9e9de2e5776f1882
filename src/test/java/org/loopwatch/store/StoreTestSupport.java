package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;

/** Shared fixtures for the store tests. */
final class StoreTestSupport {

    static final Instant NOW = Instant.parse("2022-01-05T08:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);

    private StoreTestSupport() {
    }

    static Database openNew(Path folder) {
        return Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, CLOCK);
    }

    static long groupId(Database database, String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    static DailyResult result(LocalDate date, long groupId, Stage stage, long tests, long positives) {
        return new DailyResult(date, groupId, stage, tests, positives, "");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** A plain SQLite connection that bypasses LoopWatch, for preparing odd files. */
    static Connection plainSqlite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
