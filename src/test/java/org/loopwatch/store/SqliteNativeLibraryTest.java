package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's native library is copied into the cache once, then loaded from there. */
class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void forgetTheProperties() {
        pathBefore = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        nameBefore = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreTheProperties() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, pathBefore);
        restore(SqliteNativeLibrary.NAME_PROPERTY, nameBefore);
    }

    @Test
    void theLibraryIsCopiedIntoAFolderPerVersionAndSqliteJdbcIsToldToLoadItFromThere() throws IOException {
        SqliteNativeLibrary.useCacheFolder(cache);

        Path folder = cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(folder.toString());
        assertThat(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(library.getFileName().toString());
        try (InputStream original = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(original.readAllBytes());
        }
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(library);
        }
    }

    @Test
    void aLibraryPathGivenOnTheCommandLineWins() {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/loopwatch/native");

        SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/loopwatch/native");
        assertThat(cache).isEmptyDirectory();
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
