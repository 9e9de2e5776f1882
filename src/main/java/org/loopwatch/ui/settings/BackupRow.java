package org.loopwatch.ui.settings;

import java.nio.file.Path;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.store.BackupInfo;

/**
 * One line of the backups list, as display text.
 *
 * @param restorable false for a file that could not be read (its problem shows instead of the counts)
 */
public record BackupRow(Path file, String taken, String kind, String entries, String lastEntry, boolean restorable) {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(BackupRow.class);


    static BackupRow of(BackupInfo backup) {
        String taken = takenText(backup.takenAt().atZone(java.time.ZoneId.systemDefault()).toInstant());
        if (!backup.isReadable()) {
            return new BackupRow(backup.file(), taken, backup.reason().label(), "—",
                    TEXT.format("backups.unreadable", backup.problem().orElse("")), false);
        }
        return new BackupRow(backup.file(), taken, backup.reason().label(), RateFormat.count(backup.rows()),
                backup.lastEntry().map(org.loopwatch.domain.text.DateStyle::date).orElse(TEXT.get("backups.noEntries")), true);
    }

    /** When a backup was taken, as the list shows it (also the widths the list's column makes room for). */
    static String takenText(java.time.Instant takenAt) {
        return org.loopwatch.domain.text.DateStyle.dateTimeSeconds(takenAt, java.time.ZoneId.systemDefault());
    }

    /** "the backup of Wed 5 Jan 2022, 08:30:00 (1 entry, last entry 4 Jan 2022)". */
    String describe() {
        long count = entries.chars().allMatch(c -> Character.isDigit(c) || c == ',')
                ? Long.parseLong("0" + entries.replace(",", "")) : 0;
        return lastEntry.equals(TEXT.get("backups.noEntries")) ? TEXT.format("backups.describe", taken, count)
                : TEXT.format("backups.describe.last", taken, count, lastEntry);
    }
}
