package org.loopwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc loads its native library from. By itself it copies the library (1 MB) out of
 * the jar into the temp folder at every start, under a new name, and compares the copy byte for
 * byte: about 150–200 ms of every command-line run and every desktop start on this hardware
 * (SPEC §9: import of 100,000 rows ≤ 2 s, briefing ≤ 3 s, both from process start). Copied once
 * into a per-user cache folder, per sqlite-jdbc version, it is loaded straight from there.
 *
 * <p>Any trouble (no such folder, read-only home, an unknown platform) leaves sqlite-jdbc to its
 * own way, which still works; an explicit {@code -Dorg.sqlite.lib.path} (the installed app
 * bundles the library) always wins. Either way, with the library in its folder, sqlite-jdbc is
 * told to look for stale extracted copies there rather than in the whole system temp folder.
 */
public final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String TEMP_FOLDER_PROPERTY = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /** Call before the first database is opened; {@code cacheFolder} is the app's per-user cache. */
    public static void useCacheFolder(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) == null) {
            copyIntoCacheFolder(cacheFolder);
        }
        listOnlyTheLibrarysFolder();
    }

    /*
     * Before it first loads its library, sqlite-jdbc deletes stale copies it once extracted into its
     * temp folder (org.sqlite.tmpdir, else java.io.tmpdir), and lists the whole folder to find them:
     * ≈ 8 ms of every start with a busy /tmp (≈ 800 entries). Loaded from a folder of its own, the
     * library is never extracted, so there are no copies to delete: the folder to list is the
     * library's own. Only when the library is there: else sqlite-jdbc extracts it into that folder,
     * which for the installed app may not be writable, where the system's temp folder is.
     */
    private static void listOnlyTheLibrarysFolder() {
        String folder = System.getProperty(PATH_PROPERTY);
        String name = System.getProperty(NAME_PROPERTY);
        if (folder == null || name == null || System.getProperty(TEMP_FOLDER_PROPERTY) != null) {
            return;
        }
        try {
            if (Files.isRegularFile(Path.of(folder, name))) {
                System.setProperty(TEMP_FOLDER_PROPERTY, folder);
            }
        } catch (RuntimeException badPath) {
            // sqlite-jdbc reports a library path it cannot use when it loads.
        }
    }

    private static void copyIntoCacheFolder(Path cacheFolder) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            Path folder = cacheFolder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                extract(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, folder, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException | LinkageError notCached) {
            // sqlite-jdbc extracts the library to the temp folder itself, as it always did.
        }
    }

    /* Written beside its final name, then moved there at once: a half-written library is never loaded. */
    private static void extract(String resource, Path folder, Path library) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native SQLite library in the jar for this platform: " + resource);
            }
            Files.createDirectories(folder);
            DurableFiles.writeWhole(library, partial -> Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING));
        }
    }
}
