package org.loopwatch.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What the status bar shows about the database, read off the FX thread and handed over whole.
 *
 * @param lastChange time of the last change to the data, empty on a database never changed
 */
public record StatusSnapshot(Path databasePath, Optional<Instant> lastChange, long rowCount) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    public String lastChangeText() {
        return lastChange.map(at -> "Last change: " + TIME.format(at)).orElse("No changes yet");
    }

    public String rowCountText() {
        return String.format(Locale.ENGLISH, "%,d %s", rowCount, rowCount == 1 ? "entry" : "entries");
    }
}
