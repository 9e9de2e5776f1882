package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;
import static org.loopwatch.store.StoreTestSupport.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/**
 * What goes wrong with disks and files while LoopWatch runs: each fault gives a clear message,
 * keeps every acknowledged save, and saves nothing half.
 */
class FaultTest {

    @TempDir
    Path folder;

    private Database database;
    private long athletes;

    @BeforeEach
    void openWithTwoSaves() {
        database = openNew(folder);
        athletes = groupId(database, "Athletes");
        database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        database.results().insert(result(JAN_4, athletes, Stage.IN_LOOP, 175, 0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFullDiskDuringASaveRefusesThatSaveKeepsTheEarlierOnesAndTheNextSaveWorksOnceThereIsSpace() throws Exception {
        setMaxPageCount(pageCount());
        long auditRows = database.audit().count();
        List<DailyResult> saved = new ArrayList<>();
        StoreException full = null;
        for (int day = 1; day < 500 && full == null; day++) {
            DailyResult next = new DailyResult(JAN_4.plusDays(day), athletes, Stage.ARRIVAL, 100, 1, "n".repeat(200));
            try {
                database.results().insert(next);
                saved.add(next);
            } catch (StoreException e) {
                full = e;
            }
        }

        assertThat(full).isNotNull();
        assertThat(full.kind()).isEqualTo(Problem.DISK_FULL);
        assertThat(full.getMessage()).contains(database.file().toString()).contains("full")
                .contains("the change was not saved").contains("Free some space");
        assertThat(database.results().count()).isEqualTo(2 + saved.size());
        assertThat(database.audit().count()).isEqualTo(auditRows + saved.size());
        setMaxPageCount(1_000_000);
        database.results().insert(result(JAN_4.plusDays(600), athletes, Stage.ARRIVAL, 5, 0));
        assertThat(database.results().count()).isEqualTo(3 + saved.size());
        assertIntact();
    }

    @Test
    void aFullDiskDuringAnImportSavesNoneOfTheFileAndKeepsWhatWasThere() throws Exception {
        setMaxPageCount(pageCount() + 3);
        List<DailyResult> file = IntStream.range(1, 3_000)
                .mapToObj(day -> new DailyResult(JAN_4.plusDays(day), athletes, Stage.IN_LOOP, day, 0, "imported"))
                .toList();

        assertThatThrownBy(() -> database.results().importAll(file, false, "import of big.csv", ImportProgress.NONE))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.DISK_FULL);
                    assertThat(e.getMessage()).contains("not saved");
                });

        assertThat(database.results().findAll()).extracting(DailyResult::tests).containsExactly(171L, 175L);
        assertThat(database.audit().count()).isEqualTo(2);
        setMaxPageCount(1_000_000);
        assertThat(database.results().importAll(file, false, "import of big.csv", ImportProgress.NONE).inserted())
                .isEqualTo(file.size());
        assertIntact();
    }

    @Test
    void aFileMadeReadOnlyWhileOpenKeepsTakingSavesThroughTheOpenFileAndIsRefusedClearlyAtTheNextStart() throws Exception {
        Path file = database.file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        // The open file descriptor stays writable (POSIX checks permissions at open), so the save is real.
        database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1));
        database.close();

        assertThatThrownBy(() -> Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.READ_ONLY);
                    assertThat(e.getMessage()).contains(file.toString()).contains("read-only").contains("Make it writable");
                });
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        database = Database.open(file, OpenMode.MUST_EXIST, CLOCK);
        assertThat(database.results().count()).isEqualTo(3);
    }

    @Test
    void whenSqliteFindsTheFileReadOnlyTheSaveIsRefusedClearlyAndEarlierSavesStay() throws Exception {
        // query_only makes SQLite answer SQLITE_READONLY, as a file system remounted read-only would.
        try (Statement statement = database.session().connectionForTests().createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        }

        assertThatThrownBy(() -> database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.READ_ONLY);
                    assertThat(e.getMessage()).contains(database.file().toString()).contains("cannot be written");
                });

        assertThat(database.results().count()).isEqualTo(2);
        try (Statement statement = database.session().connectionForTests().createStatement()) {
            statement.execute("PRAGMA query_only = OFF");
        }
        database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1));
        assertThat(database.results().count()).isEqualTo(3);
    }

    @Test
    void aDatabaseDeletedUnderTheRunningAppIsPutBackWithEverySaveAndTheUnsavedChangeIsRefused() throws Exception {
        Path file = database.file();
        Files.delete(file);

        assertThatThrownBy(() -> database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.FILE_REPLACED);
                    assertThat(e.getMessage()).contains("was deleted or moved").contains("(2 entries) back to " + file)
                            .contains("save it again");
                });

        assertThat(Files.exists(file)).isTrue();
        database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1));
        database.close();
        database = Database.open(file, OpenMode.MUST_EXIST, CLOCK);
        assertThat(database.results().count()).isEqualTo(3);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertIntact();
    }

    @Test
    void aDatabaseReplacedUnderTheRunningAppIsLeftAloneAndWhatWasSavedIsKeptAsARescueBackup() throws Exception {
        Path file = database.file();
        Path other = folder.resolve("other");
        try (Database stranger = openNew(Files.createDirectory(other))) {
            stranger.groups().add("Volunteers");
        }
        Files.move(other.resolve("loopwatch.db"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String replacement = sha256(file);

        assertThatThrownBy(() -> database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.FILE_REPLACED);
                    assertThat(e.getMessage()).contains("replaced by another file").contains("The change was not saved");
                });
        assertThatThrownBy(() -> database.groups().add("Media team"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.FILE_REPLACED));

        assertThat(sha256(file)).isEqualTo(replacement);
        List<BackupInfo> backups = Backups.of(file).list();
        assertThat(backups).singleElement().satisfies(rescue -> {
            assertThat(rescue.reason()).isEqualTo(BackupReason.RESCUE);
            assertThat(rescue.rows()).isEqualTo(2);
        });
    }

    @Test
    @Tag("process")
    void twoLoopWatchesRacingToOpenTheSameNewDatabaseGiveOneWinnerAndOneClearRefusal() throws Exception {
        Path file = folder.resolve("race").resolve("loopwatch.db");
        Path go = folder.resolve("go");
        for (int round = 0; round < 3; round++) {
            try (ChildLoopWatch first = ChildLoopWatch.start("race", file, folder.resolve("first.err"), go.toString());
                 ChildLoopWatch second = ChildLoopWatch.start("race", file, folder.resolve("second.err"), go.toString())) {
                assertThat(first.nextLine()).isEqualTo("waiting");
                assertThat(second.nextLine()).isEqualTo("waiting");
                Files.createFile(go);
                List<String> answers = List.of(first.nextLine(), second.nextLine());

                assertThat(answers).as("round %d", round).filteredOn("opened"::equals).hasSize(1);
                String refusal = answers.stream().filter(a -> !a.equals("opened")).findFirst().orElseThrow();
                assertThat(refusal).startsWith("refused LOCKED").contains(file.toString())
                        .contains("held by another running LoopWatch");
            }
            Files.delete(go);
        }
        try (Database winner = Database.open(file, OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(winner.groups().findAll()).hasSize(4);
            try (Connection connection = winner.session().connectionForTests()) {
                assertThat(Backups.integrityCheck(connection)).isEqualTo("ok");
            }
        }
    }

    private void assertIntact() throws Exception {
        assertThat(Backups.integrityCheck(database.session().connectionForTests())).isEqualTo("ok");
    }

    private long pageCount() throws Exception {
        try (Statement statement = database.session().connectionForTests().createStatement()) {
            return Long.parseLong(SqliteConnections.pragma(statement, "page_count"));
        }
    }

    private void setMaxPageCount(long pages) throws Exception {
        try (Statement statement = database.session().connectionForTests().createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
        }
    }
}
