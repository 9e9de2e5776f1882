package org.loopwatch.ui.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.BackupInfo;

/**
 * One line of the backups list, as display text.
 *
 * @param restorable false for a file that could not be read (its problem shows instead of the counts)
 */
public record BackupRow(Path file, String taken, String kind, String entries, String lastEntry, boolean restorable) {

    private static final Texts TEXT = Texts.of(BackupRow.class);

    static BackupRow of(BackupInfo backup) {
        String taken = takenText(backup.takenAt().atZone(ZoneId.systemDefault()).toInstant());
        if (!backup.isReadable()) {
            return new BackupRow(backup.file(), taken, backup.reason().label(), "—",
                    TEXT.format("backups.unreadable", backup.problem().orElse("")), false);
        }
        return new BackupRow(backup.file(), taken, backup.reason().label(), RateFormat.count(backup.rows()),
                backup.lastEntry().map(DateStyle::date).orElse(TEXT.get("backups.noEntries")), true);
    }

    /** When a backup was taken, as the list shows it (also the widths the list's column makes room for). */
    static String takenText(Instant takenAt) {
        return DateStyle.dateTimeSeconds(takenAt, ZoneId.systemDefault());
    }

    /** "the backup of Wed 5 Jan 2022, 08:30:00 (1 entry, last entry 4 Jan 2022)". */
    String describe() {
        long count = entries.chars().allMatch(c -> Character.isDigit(c) || c == ',')
                ? Long.parseLong("0" + entries.replace(",", "")) : 0;
        return lastEntry.equals(TEXT.get("backups.noEntries")) ? TEXT.format("backups.describe", taken, count)
                : TEXT.format("backups.describe.last", taken, count, lastEntry);
    }
}
