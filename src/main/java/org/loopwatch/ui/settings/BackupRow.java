package org.loopwatch.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.store.BackupInfo;

/**
 * One line of the backups list, as display text.
 *
 * @param restorable false for a file that could not be read (its problem shows instead of the counts)
 */
public record BackupRow(Path file, String taken, String kind, String entries, String lastEntry, boolean restorable) {

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static BackupRow of(BackupInfo backup) {
        String taken = TAKEN.format(backup.takenAt());
        if (!backup.isReadable()) {
            return new BackupRow(backup.file(), taken, backup.reason().label(), "—",
                    "Unreadable: " + backup.problem().orElse(""), false);
        }
        return new BackupRow(backup.file(), taken, backup.reason().label(), RateFormat.count(backup.rows()),
                backup.lastEntry().map(DAY::format).orElse("no entries"), true);
    }

    /** "the backup of Wed 5 Jan 2022, 08:30:00 (1 entry, last entry 4 Jan 2022)". */
    String describe() {
        return "the backup of " + taken + " (" + entries + ("1".equals(entries) ? " entry" : " entries")
                + (lastEntry.equals("no entries") ? "" : ", last entry " + lastEntry) + ")";
    }
}
