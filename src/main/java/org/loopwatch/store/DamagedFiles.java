package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Puts a damaged database aside before a backup takes its place: renamed, never overwritten or
 * deleted, together with its side files (which hold part of its content, and which must never be
 * read as belonging to the restored file).
 */
final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");

    private DamagedFiles() {
    }

    /** Renames {@code database} (and its side files) to {@code <name>-damaged-<time>.db}; returns the new path. */
    static Path moveAside(Path database, Clock clock) throws IOException {
        String name = database.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        String base = stem + "-damaged-" + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
        Path aside = database.resolveSibling(base + ".db");
        for (int n = 2; Files.exists(aside); n++) {
            aside = database.resolveSibling(base + "-" + n + ".db");
        }
        DurableFiles.moveWithSideFiles(database, aside);
        return aside;
    }

    /** Undoes {@link #moveAside} when the backup could not be put in place. */
    static void moveBack(Path aside, Path database) throws IOException {
        if (Files.exists(database)) {
            throw new IOException(database + " exists again; the damaged file stays at " + aside);
        }
        DurableFiles.moveWithSideFiles(aside, database);
    }
}
