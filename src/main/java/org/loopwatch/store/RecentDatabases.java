package org.loopwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The database files a person opened last, newest first (File → Open recent), one absolute path
 * a line in a text file beside the preferences. A missing or unreadable list is an empty one: it
 * is a convenience, never a reason not to start.
 */
public final class RecentDatabases {

    /** How many files the menu offers. */
    public static final int LIMIT = 8;
    static final String FILE_NAME = "recent-databases.txt";

    private final Path file;

    public RecentDatabases(Path file) {
        this.file = file;
    }

    /** The list of the running user, beside the preferences file. */
    public static RecentDatabases ofUser() {
        return new RecentDatabases(UserPreferences.defaultFile().toAbsolutePath().resolveSibling(FILE_NAME));
    }

    /** The files, newest first; files that no longer exist are left out. */
    public List<Path> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).map(Path::of).filter(Files::exists).distinct().limit(LIMIT).toList();
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return List.of();
        }
    }

    /** Puts {@code opened} first (once) and writes the list; returns it. */
    public List<Path> opened(Path opened) {
        List<Path> list = new ArrayList<>();
        list.add(opened.toAbsolutePath().normalize());
        read().stream().map(path -> path.toAbsolutePath().normalize()).filter(path -> !list.contains(path))
                .limit(LIMIT - 1L).forEach(list::add);
        try {
            Path folder = file.toAbsolutePath().getParent();
            OwnerOnlyFiles.createFolder(folder);
            DurableFiles.writeWhole(file, temporary ->
                    Files.write(temporary, list.stream().map(Path::toString).toList(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return List.copyOf(list);
    }
}
