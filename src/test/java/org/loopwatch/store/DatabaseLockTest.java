package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/** A database is used by one running LoopWatch at a time; a dead one never blocks the next. */
class DatabaseLockTest {

    @TempDir
    Path folder;

    @Test
    @Tag("process")
    void aDatabaseHeldByAnotherRunningLoopWatchIsLockedAndNamesThatProcess() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (ChildLoopWatch other = ChildLoopWatch.start("hold", file, folder.resolve("child.err"))) {
            assertThat(other.nextLine()).isEqualTo("ready");
            String before = sha256(file);

            assertThatThrownBy(() -> Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.LOCKED);
                        assertThat(e.getMessage()).contains(file.toString())
                                .contains("held by another running LoopWatch (process " + other.pid() + " on host ")
                                .contains("Close that window first, or open another file with --db.");
                    });
            assertThat(sha256(file)).isEqualTo(before);
        }
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }
    }

    @Test
    @Tag("process")
    void aReaderOpensADatabaseAnotherLoopWatchHoldsSeesItsSavesAndCannotWrite() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (ChildLoopWatch holder = ChildLoopWatch.start("save-and-hold", file, folder.resolve("child.err"))) {
            assertThat(holder.nextLine()).isEqualTo("saved");
            String before = sha256(file);

            try (Database reader = Database.openForReading(file, CLOCK)) {
                assertThat(reader.results().count()).as("the holder's acknowledged save").isEqualTo(1);
                assertThatThrownBy(() -> reader.results().insert(new org.loopwatch.domain.DailyResult(JAN_4,
                        groupId(reader, "Media"), Stage.IN_LOOP, 5, 0, "")))
                        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.READ_ONLY));
            }

            assertThat(sha256(file)).isEqualTo(before);
            try (ChildLoopWatch writer = ChildLoopWatch.start("try-open", file, folder.resolve("writer.err"))) {
                assertThat(writer.nextLine()).as("the holder keeps its lock").isEqualTo("refused LOCKED");
            }
        }
    }

    @Test
    @Tag("process")
    void aSecondOpenInTheSameProcessIsLockedAndTheFirstKeepsItsLock() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (Database first = openNew(folder)) {
            assertThatThrownBy(() -> Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.LOCKED);
                        assertThat(e.getMessage()).contains("already open in this LoopWatch");
                    });
            // On Linux, closing any descriptor of the lock file would drop the first open's lock:
            // another process must still be kept out.
            try (ChildLoopWatch other = ChildLoopWatch.start("try-open", file, folder.resolve("child.err"))) {
                assertThat(other.nextLine()).isEqualTo("refused LOCKED");
            }
            assertThat(first.groups().findAll()).hasSize(4);
        }
        try (Database again = Database.open(file, OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(again.groups().findAll()).hasSize(4);
        }
    }

    @Test
    void theSameFileReachedThroughALinkedFolderIsTheSameLock() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);
        try (Database held = openNew(real)) {
            assertThat(held.file().getParent()).isEqualTo(real.toRealPath());
            assertThatThrownBy(() -> Database.open(link.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.LOCKED));
        }
    }

    @Test
    void aStaleLockFileDoesNotBlock() throws Exception {
        Files.writeString(folder.resolve("loopwatch.db.lock"), "pid=99999\nhost=gone\nsince=2022-01-01T00:00:00Z\n");

        try (Database database = openNew(folder)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }
    }

    @Test
    @Tag("process")
    void aKilledLoopWatchLeavesNoLockBehindAndItsAcknowledgedSaveSurvives() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        ChildLoopWatch killed = ChildLoopWatch.start("save-and-hold", file, folder.resolve("child.err"));
        assertThat(killed.nextLine()).isEqualTo("saved");

        killed.kill();

        assertThat(Files.exists(folder.resolve("loopwatch.db.lock"))).isTrue();
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, CLOCK)) {
            long athletes = groupId(database, "Athletes");
            assertThat(database.results().find(new ResultKey(JAN_4, athletes, Stage.ARRIVAL)))
                    .hasValueSatisfying(saved -> assertThat(saved.tests()).isEqualTo(171));
        }
    }

    @Test
    void theLockFileIsNeverDeletedSoEveryOpenLocksTheSameFile() throws Exception {
        Path lockFile = folder.resolve("loopwatch.db.lock");
        openNew(folder).close();
        Object identity = Files.readAttributes(lockFile, BasicFileAttributes.class).fileKey();

        try (Database again = Database.open(folder.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(again.groups().findAll()).hasSize(4);
        }

        assertThat(Files.readAttributes(lockFile, BasicFileAttributes.class).fileKey()).isEqualTo(identity);
    }

    @Test
    void aNewDatabaseClosedAndDeletedLeavesOnlyItsLockFile() throws Exception {
        Database fresh = Database.open(folder.resolve("new.db"), OpenMode.CREATE_NEW, CLOCK);
        fresh.groups().add("Volunteers");

        fresh.closeAndDelete();

        assertThat(StoreTestSupport.namesIn(folder)).containsExactly("new.db.lock");
        try (Database recreated = Database.open(folder.resolve("new.db"), OpenMode.CREATE_NEW, CLOCK)) {
            assertThat(recreated.groups().findAll()).hasSize(4);
        }
    }
}
