package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/**
 * {@link Database#openForReadingWhileChecking} (decision 0042): the file's {@code quick_check} runs
 * beside the reading, and a damaged file is still refused with the message opening gives.
 */
class IntegrityCheckAlongsideTest {

    @TempDir
    Path folder;

    @Test
    void anUndamagedFileReadsAsWithTheCheckAtOpening() throws Exception {
        Path file = loopWatchFile();

        try (Database database = Database.openForReadingWhileChecking(file, CLOCK)) {
            assertThat(database.results().findAll()).hasSize(1);
            database.requireUndamaged();
        }
    }

    @Test
    void damageThatReadingDoesNotMeetIsReportedBeforeAnythingIsWritten() throws Exception {
        Path file = loopWatchFile();
        damageTheFreeList(file);
        StoreException atOpening = assertThrowsStore(() -> Database.openForReading(file, CLOCK).close());

        try (Database database = Database.openForReadingWhileChecking(file, CLOCK)) {
            // The rows read well: only SQLite's check finds the damage, on its own thread.
            assertThat(database.results().findAll()).hasSize(1);
            StoreException refused = assertThrowsStore(database::requireUndamaged);

            assertThat(refused.kind()).isEqualTo(Problem.CORRUPT);
            assertThat(refused.getMessage()).isEqualTo(atOpening.getMessage()).contains("backup");
        }
    }

    /** A closed LoopWatch database with one result. */
    private Path loopWatchFile() throws Exception {
        try (Database database = openNew(folder)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
        }
        Path file = folder.resolve("loopwatch.db");
        assertThat(Files.exists(file)).isTrue();
        return file;
    }

    /*
     * The header's count of free pages (bytes 36–39) says 5 where there are none: no query reads the
     * free list, but quick_check walks it ("Main freelist: size is 0 but should be 5").
     */
    private static void damageTheFreeList(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(36);
            raw.writeInt(5);
        }
    }

    private static StoreException assertThrowsStore(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        StoreException[] thrown = new StoreException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreException.class, e -> thrown[0] = e);
        return thrown[0];
    }
}
