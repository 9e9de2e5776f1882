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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DefaultGroups;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

class DatabaseOpeningTest {

    @TempDir
    Path folder;

    @Test
    void firstStartCreatesTheSchemaDefaultGroupsRollupsAndUserVersion() throws SQLException {
        Path file = folder.resolve("new").resolve("sub").resolve("loopwatch.db");

        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.latestSchemaVersion()).isEqualTo(3);
            assertThat(database.groups().findAll()).extracting(Group::name).containsExactlyElementsOf(DefaultGroups.NAMES);
            assertThat(database.groups().findAll()).extracting(Group::colour)
                    .containsExactly("#0072B2", "#E69F00", "#009E73", "#CC79A7");
            assertThat(database.groups().findAll()).allMatch(Group::active);
            Rollup pair = database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS).orElseThrow();
            assertThat(pair.allGroups()).isFalse();
            assertThat(pair.memberGroupIds()).containsExactly(groupId(database, "Athletes"), groupId(database, "Team officials"));
            assertThat(database.rollups().findByName(Rollup.ALL_GROUPS).orElseThrow().allGroups()).isTrue();
            assertThat(database.results().count()).isZero();
            assertThat(database.dataAsOf()).isEmpty();
        }
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("3");
            assertThat(SqliteConnections.pragma(statement, "application_id"))
                    .isEqualTo(Integer.toString(Migrations.APPLICATION_ID));
        }
    }

    @Test
    void theConnectionUsesWalForeignKeysFullSyncAndABusyTimeout() throws SQLException {
        try (Database database = openNew(folder); Statement statement = database.session().connectionForTests().createStatement()) {
            assertThat(SqliteConnections.pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(SqliteConnections.pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(SqliteConnections.pragma(statement, "synchronous")).isEqualTo("2");
            assertThat(SqliteConnections.pragma(statement, "busy_timeout")).isEqualTo("5000");
        }
    }

    @Test
    void aNewFilesDraftForcesNothingWhileBuiltAndTheFileItBecomesIsCompleteAndInWalMode() throws Exception {
        Path draft = folder.resolve("draft.db");
        Files.createFile(draft);
        try (Connection connection = SqliteConnections.openDraft(draft); Statement statement = connection.createStatement()) {
            assertThat(SqliteConnections.pragma(statement, "synchronous")).isEqualTo("0");
            assertThat(SqliteConnections.pragma(statement, "journal_mode")).isEqualTo("wal");
        }

        Path file = folder.resolve("loopwatch.db");
        try (Database database = Database.open(file, OpenMode.CREATE_NEW, CLOCK)) {
            assertThat(database.groups().findAll()).hasSize(DefaultGroups.NAMES.size());
        }
        byte[] header = Files.readAllBytes(file);
        assertThat(new String(header, 0, 15, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        assertThat(header[18]).as("write version: 2 is WAL").isEqualTo((byte) 2);
        assertThat(header[19]).as("read version: 2 is WAL").isEqualTo((byte) 2);
        assertThat(folder.resolve("loopwatch.db.new")).doesNotExist();
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            assertThat(SqliteConnections.pragma(statement, "integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void reopeningKeepsTheData() {
        long athletes;
        try (Database database = openNew(folder)) {
            athletes = groupId(database, "Athletes");
            database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            database.groups().add("Volunteers");
        }
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(database.results().findAll()).containsExactly(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            assertThat(database.groups().findByName("volunteers")).isPresent();
            assertThat(database.groups().findAll()).hasSize(5);
        }
    }

    @Test
    void mustExistOnAMissingPathIsNotFoundAndCreatesNothing() throws Exception {
        Path file = folder.resolve("typo").resolve("loopwatch.db");

        assertThatThrownBy(() -> Database.open(file, OpenMode.MUST_EXIST, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(file.toString()).contains("init");
                });
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void createNewOnAnExistingDatabaseIsAlreadyExistsAndLeavesItUnchanged() throws Exception {
        openNew(folder).close();
        Path file = folder.resolve("loopwatch.db");
        String before = StoreTestSupport.sha256(file);

        assertThatThrownBy(() -> Database.open(file, OpenMode.CREATE_NEW, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.ALREADY_EXISTS));
        assertThat(StoreTestSupport.sha256(file)).isEqualTo(before);
    }

    @Test
    void createNewOnAMissingPathCreatesTheDatabase() {
        try (Database database = Database.open(folder.resolve("fresh.db"), OpenMode.CREATE_NEW, CLOCK)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }
    }

    @Test
    void closingTwiceIsHarmlessAndLaterCallsSayTheDatabaseIsClosed() {
        Database database = openNew(folder);
        database.close();
        database.close();

        assertThatThrownBy(() -> database.groups().findAll())
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.CLOSED));
    }

    @Test
    void closingFoldsTheWalBackSoOnlyTheDatabaseAndItsLockFileRemain() throws Exception {
        try (Database database = openNew(folder)) {
            database.groups().add("Volunteers");
        }
        assertThat(namesIn(folder)).containsExactly("loopwatch.db", "loopwatch.db.lock");
    }

    @Test
    void anOldLoopWatchFileWithoutWalIsOpenedAndSwitchedToWal() throws Exception {
        openNew(folder).close();
        Path file = folder.resolve("loopwatch.db");
        try (Connection plain = plainSqlite(file); Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, CLOCK);
             Statement statement = database.session().connectionForTests().createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aFolderIsRefusedAsNotADatabase() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("looks-like.db"));

        assertThatThrownBy(() -> Database.open(sub, OpenMode.CREATE_IF_MISSING, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.NOT_A_DATABASE));
        assertThat(namesIn(sub)).isEmpty();
    }
}
