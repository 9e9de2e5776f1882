package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the health data readable by its owner only: the database, its side files, the lock file
 * and the backups get mode 0600 (folders 0700) where the file system has POSIX permissions. On
 * other file systems (Windows, FAT) these calls do nothing; the per-user data folder protects them.
 */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates a new empty file with mode 0600 atomically (fails if it exists). */
    static Path createFile(Path file) throws IOException {
        if (isPosix(file.getParent())) {
            return Files.createFile(file, fileMode());
        }
        return Files.createFile(file);
    }

    /** Creates the folder (and parents) when missing; a folder this call makes gets mode 0700. */
    static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (!isPosix(parent)) {
                return Files.createDirectory(folder);
            }
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER_MODE));
            // Set again after creating: the mode asked for at creation passes through the umask.
            Files.setPosixFilePermissions(folder, FOLDER_MODE);
            return folder;
        } catch (FileAlreadyExistsException raced) {
            return folder;
        }
    }

    /** The creation attribute for {@link java.nio.channels.FileChannel#open} on a POSIX file system. */
    static FileAttribute<?>[] fileAttributes(Path file) {
        return isPosix(file.toAbsolutePath().getParent()) ? new FileAttribute<?>[] {fileMode()} : new FileAttribute<?>[0];
    }

    /**
     * Removes every group and others permission from an existing file, keeping the owner's bits
     * (a read-only file stays read-only). Best effort: a file we do not own is left as it is.
     */
    static void restrict(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.removeAll(GROUP_AND_OTHERS)) {
                view.setPermissions(permissions);
            }
        } catch (IOException | SecurityException notOurs) {
            // Tightening is a courtesy; the file stays usable, and opening it is not refused for this.
        }
    }

    /** The database file and its SQLite side files. */
    static void restrictDatabase(Path database) {
        restrict(database);
        for (String suffix : DurableFiles.SIDE_FILES) {
            restrict(DurableFiles.sideFile(database, suffix));
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> fileMode() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    /*
     * Asks the file system, not the file store: finding a path's file store reads the mount table,
     * which a fresh chroot or container may not have (/proc not mounted), and then every folder was
     * made with the umask's mode (rwxr-xr-x under umask 022) instead of rwx------.
     */
    private static boolean isPosix(Path folder) {
        Path where = folder == null ? Path.of("").toAbsolutePath() : folder;
        return where.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
