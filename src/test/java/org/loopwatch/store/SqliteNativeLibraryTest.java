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
    private String tempFolderBefore;

    @BeforeEach
    void forgetTheProperties() {
        pathBefore = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        nameBefore = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
        tempFolderBefore = System.clearProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY);
    }

    @AfterEach
    void restoreTheProperties() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, pathBefore);
        restore(SqliteNativeLibrary.NAME_PROPERTY, nameBefore);
        restore(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY, tempFolderBefore);
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

    @Test
    void sqliteJdbcLooksForStaleCopiesOnlyInTheCachedLibrarysFolder() {
        SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(System.getProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY))
                .isEqualTo(cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).toString());
    }

    @Test
    void aGivenLibraryPathIsAlsoTheFolderToLookInWhenTheLibraryIsThere() throws IOException {
        Path bundled = Files.createDirectories(cache.resolve("native"));
        Files.writeString(bundled.resolve("libsqlitejdbc.so"), "the bundled library");
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, bundled.toString());
        System.setProperty(SqliteNativeLibrary.NAME_PROPERTY, "libsqlitejdbc.so");

        SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(System.getProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY)).isEqualTo(bundled.toString());
    }

    @Test
    void withoutTheLibraryAtTheGivenPathSqliteJdbcKeepsTheSystemsTempFolderToExtractInto() {
        // It would extract its own copy into that folder, which for an installed app may be read-only.
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/loopwatch/native");
        System.setProperty(SqliteNativeLibrary.NAME_PROPERTY, "libsqlitejdbc.so");

        SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(System.getProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY)).isNull();
    }

    @Test
    void aTempFolderGivenOnTheCommandLineWins() {
        System.setProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY, "/var/tmp/sqlite");

        SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(System.getProperty(SqliteNativeLibrary.TEMP_FOLDER_PROPERTY)).isEqualTo("/var/tmp/sqlite");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
