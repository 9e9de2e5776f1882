package org.loopwatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Renames, copies and deletes of database files that hold after a crash or a power cut. A file's
 * content is forced to disk before it takes a new name, the rename is atomic where the file
 * system allows it, and the folder is forced afterwards so that the new name is on disk as well
 * (a rename lives in the folder, not in the file). A database never travels without its SQLite
 * side files ({@code -wal}, {@code -shm}, {@code -journal}): they hold part of its content, and a
 * side file left behind would be read as belonging to whatever file takes the name next.
 *
 * <p>The lock file ({@code <db>.lock}) is not a side file: it is never moved or deleted (decision
 * record 0005).
 *
 * <p>The one place that renames files ({@code ArchitectureTest} holds every other class to it):
 * {@link #writeWhole} is for every file the app writes in one go, from preferences to exports, so
 * each is forced to disk and renamed the same way. It lives in the store, the lowest layer that may
 * touch files, so that io and report reach it too.
 */
public final class DurableFiles {

    /** Writes a file's whole content into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    /** The files SQLite keeps beside a database, by suffix of the database's file name. */
    static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private DurableFiles() {
    }

    /** The side file of {@code database} with this suffix (one of {@link #SIDE_FILES}). */
    static Path sideFile(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** Forces a file's content and size to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (names created, renamed or removed in it) to the disk. Where a
     * folder cannot be opened for that (Windows), the file system orders it itself, and this does
     * nothing.
     */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notPossibleHere) {
            // Windows refuses to open a folder as a channel; NTFS journals renames itself.
        }
    }

    /**
     * Writes {@code target} whole or not at all: {@code content} is written into a temporary sibling
     * ({@code .<name>.<random>.part}, readable by its owner only where the file system has POSIX
     * permissions), forced to disk, and renamed over {@code target} in one step. On any failure the
     * temporary file is deleted and {@code target} is as it was; a crash leaves at most a
     * {@code .part} file, never a half-written target.
     *
     * @throws IOException what writing, forcing or renaming threw; also when the folder is missing
     */
    public static void writeWhole(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        try {
            content.writeTo(temporary);
            force(temporary);
            replace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Renames {@code from} to {@code to} (replacing {@code to} where the platform's atomic rename
     * does), then forces the folders involved. The caller forces {@code from}'s content first when
     * it was just written.
     */
    static void move(Path from, Path to) throws IOException {
        rename(from, to, false);
    }

    /** As {@link #move}, and {@code to} is replaced also where the rename cannot be atomic. */
    static void replace(Path from, Path to) throws IOException {
        rename(from, to, true);
    }

    private static void rename(Path from, Path to, boolean replacing) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replacing) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
        forceFolder(to.toAbsolutePath().getParent());
        Path source = from.toAbsolutePath().getParent();
        if (!source.equals(to.toAbsolutePath().getParent())) {
            forceFolder(source);
        }
    }

    /**
     * Copies {@code from} to {@code to} by way of a temporary sibling: the copy is made, forced and
     * only then renamed, so {@code to} is either missing or complete. The new file gets mode 0600.
     */
    static void copy(Path from, Path to, String temporarySuffix) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + temporarySuffix);
        try {
            Files.deleteIfExists(partial);
            OwnerOnlyFiles.createFile(partial);
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyFiles.restrict(partial);
            force(partial);
            move(partial, to);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Renames a database and each side file it has to {@code to}'s name (plus suffix), all or
     * nothing as far as the file system lets us: when one rename fails, the ones done are undone.
     *
     * @throws IOException when a target name is taken (nothing is overwritten) or a rename failed
     */
    static void moveWithSideFiles(Path from, Path to) throws IOException {
        List<Path[]> moved = new ArrayList<>();
        try {
            moveNew(from, to, moved);
            for (String suffix : SIDE_FILES) {
                Path side = sideFile(from, suffix);
                if (Files.exists(side)) {
                    moveNew(side, sideFile(to, suffix), moved);
                }
            }
        } catch (IOException e) {
            for (Path[] pair : moved.reversed()) {
                try {
                    move(pair[1], pair[0]);
                } catch (IOException ignored) {
                    // The file keeps its new name; it is not lost.
                }
            }
            throw e;
        }
    }

    /**
     * Deletes a database and its side files; for a database this process made itself and no one
     * has used (a draft, or a new file an import could not fill). Never for the lock file.
     */
    static void deleteWithSideFiles(Path database) {
        boolean removed = deleteQuietly(database);
        for (String suffix : SIDE_FILES) {
            removed |= deleteQuietly(sideFile(database, suffix));
        }
        if (removed) { // else the folder has no change to force (creating a file starts here)
            forceFolder(database.toAbsolutePath().getParent());
        }
    }

    /** Returns whether the file was there and is gone. */
    static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Leftovers are harmless by design: a draft or partial file is never taken for a database.
            return false;
        }
    }

    private static void moveNew(Path from, Path to, List<Path[]> moved) throws IOException {
        if (Files.exists(to)) {
            throw new IOException(to + " exists already");
        }
        move(from, to);
        moved.add(new Path[] {from, to});
    }
}
