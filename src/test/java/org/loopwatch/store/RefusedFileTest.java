package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.namesIn;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.plainSqlite;
import static org.loopwatch.store.StoreTestSupport.result;
import static org.loopwatch.store.StoreTestSupport.sha256;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/**
 * Every file the store refuses stays byte for byte as it was, and the folder gains nothing: no
 * -wal, -shm or lock file.
 */
class RefusedFileTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(OpenMode.class)
    void aTextFileIsNotADatabaseAndStaysUnchanged(OpenMode mode) throws Exception {
        Path file = Files.writeString(folder.resolve("notes.db"), "date,group,stage,tests,positives\n2022-01-04,Athletes,arrival,171,0\n");
        if (mode == OpenMode.CREATE_NEW) {
            assertRefused(file, mode, Problem.ALREADY_EXISTS);
        } else {
            assertRefused(file, mode, Problem.NOT_A_DATABASE);
        }
    }

    @Test
    void anEmptyFileIsNotADatabaseAndStaysEmpty() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.db"));

        StoreException refused = assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.NOT_A_DATABASE);

        assertThat(refused.getMessage()).contains(file.toString()).contains("empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aDatabaseOfANewerLoopWatchIsRefusedUnchangedWithoutWalFiles() throws Exception {
        Path file = loopWatchFile();
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA user_version = 7");
        }

        StoreException refused = assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.NEWER_SCHEMA);

        assertThat(refused.getMessage()).contains(file.toString())
                .contains("newer LoopWatch (schema 7, this app knows 3); install the newer version");
    }

    @Test
    void aForeignSqliteFileWithUserVersion99IsRefusedAsNewerSchema() throws Exception {
        Path file = folder.resolve("future.db");
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            statement.execute("CREATE TABLE t (x)");
            statement.execute("PRAGMA user_version = 99");
        }

        assertRefused(file, OpenMode.MUST_EXIST, Problem.NEWER_SCHEMA);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsNotLoopWatchAndStaysUnchanged() throws Exception {
        Path file = folder.resolve("contacts.db");
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            statement.execute("INSERT INTO contacts VALUES ('Ann', '123')");
        }

        assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.NOT_LOOPWATCH);
    }

    @Test
    void aDatabaseWithAnotherApplicationIdIsNotLoopWatch() throws Exception {
        Path file = loopWatchFile();
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA application_id = 42");
        }

        assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.NOT_LOOPWATCH);
    }

    @Test
    void aDamagedDatabaseIsCorruptAndStaysUnchanged() throws Exception {
        Path file = loopWatchFile();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096);
            raw.write(garbage);
        }

        StoreException refused = assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.CORRUPT);

        assertThat(refused.getMessage()).contains("backup");
    }

    @Test
    void aReadOnlyFileIsRefusedUnchangedEvenForRoot() throws Exception {
        Path file = loopWatchFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        StoreException refused = assertRefused(file, OpenMode.CREATE_IF_MISSING, Problem.READ_ONLY);

        assertThat(refused.getMessage()).contains(file.toString()).contains("read-only");
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsRefused() throws Exception {
        Path file = loopWatchFile();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(file, OpenMode.MUST_EXIST, Problem.READ_ONLY);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A closed LoopWatch database with one result, and nothing else in the folder. */
    private Path loopWatchFile() throws Exception {
        try (Database database = openNew(folder)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
        }
        Path file = folder.resolve("loopwatch.db");
        Files.delete(folder.resolve("loopwatch.db.lock"));
        return file;
    }

    private StoreException assertRefused(Path file, OpenMode mode, Problem expected) throws Exception {
        String before = sha256(file);
        var filesBefore = namesIn(folder);
        StoreException[] refused = new StoreException[1];

        assertThatThrownBy(() -> Database.open(file, mode, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    refused[0] = e;
                    assertThat(e.kind()).isEqualTo(expected);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(file.toString());
                });
        assertThat(sha256(file)).as("file bytes").isEqualTo(before);
        assertThat(namesIn(folder)).as("files in the folder").isEqualTo(filesBefore);
        return refused[0];
    }
}
