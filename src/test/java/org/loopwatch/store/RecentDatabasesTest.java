package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open recent: newest first, each file once, at most eight, gone files left out. */
class RecentDatabasesTest {

    @TempDir
    Path folder;

    @Test
    void theLastOpenedComesFirstOnceAndMissingFilesDrop() throws Exception {
        RecentDatabases recent = new RecentDatabases(folder.resolve("prefs").resolve(RecentDatabases.FILE_NAME));
        assertThat(recent.read()).isEmpty();
        Path a = Files.createFile(folder.resolve("a.db"));
        Path b = Files.createFile(folder.resolve("b.db"));
        Path c = folder.resolve("c.db");

        recent.opened(a);
        recent.opened(b);
        recent.opened(a);
        assertThat(recent.read()).containsExactly(a, b);

        recent.opened(c); // not created yet: a file opened and then moved away is not offered
        assertThat(recent.read()).containsExactly(a, b);
        for (int i = 0; i < 10; i++) {
            recent.opened(Files.createFile(folder.resolve("n" + i + ".db")));
        }
        assertThat(recent.read()).hasSize(RecentDatabases.LIMIT).first().isEqualTo(folder.resolve("n9.db"));
    }

    @Test
    void anUnreadableListIsAnEmptyOne() throws Exception {
        Path file = folder.resolve(RecentDatabases.FILE_NAME);
        Files.createDirectory(file); // a folder where the list should be

        assertThat(new RecentDatabases(file).read()).isEmpty();
    }
}
