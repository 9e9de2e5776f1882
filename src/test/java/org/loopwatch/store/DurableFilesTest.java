package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.namesIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database files move with their side files, all or nothing, and copies appear only complete. */
class DurableFilesTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseMovesTogetherWithItsSideFilesAndTheLockFileStays() throws Exception {
        Path database = write("loopwatch.db", "main");
        write("loopwatch.db-wal", "wal");
        write("loopwatch.db-shm", "shm");
        write("loopwatch.db.lock", "pid=1");

        DurableFiles.moveWithSideFiles(database, folder.resolve("aside.db"));

        assertThat(namesIn(folder)).containsExactly("aside.db", "aside.db-shm", "aside.db-wal", "loopwatch.db.lock");
        assertThat(Files.readString(folder.resolve("aside.db-wal"))).isEqualTo("wal");
    }

    @Test
    void whenOneNewNameIsTakenNothingMovesAndNothingIsOverwritten() throws Exception {
        Path database = write("loopwatch.db", "main");
        write("loopwatch.db-wal", "wal");
        write("loopwatch.db-shm", "shm");
        write("aside.db-shm", "someone else's");

        assertThatThrownBy(() -> DurableFiles.moveWithSideFiles(database, folder.resolve("aside.db")))
                .isInstanceOf(IOException.class).hasMessageContaining("aside.db-shm");

        assertThat(namesIn(folder)).containsExactly("aside.db-shm", "loopwatch.db", "loopwatch.db-shm", "loopwatch.db-wal");
        assertThat(Files.readString(folder.resolve("aside.db-shm"))).isEqualTo("someone else's");
        assertThat(Files.readString(database)).isEqualTo("main");
    }

    @Test
    void aFileWrittenWholeReplacesTheOldOneOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path target = write("preferences.properties", "zoom=100");

        DurableFiles.writeWhole(target, temporary -> Files.writeString(temporary, "zoom=150"));

        assertThat(namesIn(folder)).containsExactly("preferences.properties");
        assertThat(Files.readString(target)).isEqualTo("zoom=150");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws Exception {
        Path target = write("loopwatch-results.csv", "the export of yesterday");

        assertThatThrownBy(() -> DurableFiles.writeWhole(target, temporary -> {
            Files.writeString(temporary, "date,gr");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(namesIn(folder)).containsExactly("loopwatch-results.csv");
        assertThat(Files.readString(target)).isEqualTo("the export of yesterday");
    }

    @Test
    void aCopyTakesItsNameCompleteOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path source = write("backup.db", "x".repeat(100_000));

        DurableFiles.copy(source, folder.resolve("loopwatch.db"), ".restoring");

        assertThat(namesIn(folder)).containsExactly("backup.db", "loopwatch.db");
        assertThat(Files.readString(folder.resolve("loopwatch.db"))).isEqualTo(Files.readString(source));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("loopwatch.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void deletingADraftRemovesItsSideFilesButNoLockFile() throws Exception {
        Path draft = write("loopwatch.db.new", "draft");
        write("loopwatch.db.new-wal", "wal");
        write("loopwatch.db.new-journal", "journal");
        write("loopwatch.db.lock", "pid=1");

        DurableFiles.deleteWithSideFiles(draft);

        assertThat(namesIn(folder)).containsExactly("loopwatch.db.lock");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
