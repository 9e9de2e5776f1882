package org.loopwatch.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One backup file as the backups list shows it.
 *
 * @param file      the backup file
 * @param takenAt   local date and time the backup was taken (from its name)
 * @param reason    why it was taken
 * @param rows      the number of daily results in it (0 when unreadable)
 * @param lastEntry the latest date with a result; empty when it holds none or is unreadable
 * @param problem   why the file cannot be read; empty for a readable LoopWatch backup
 */
public record BackupInfo(Path file, LocalDateTime takenAt, BackupReason reason, long rows,
                         Optional<LocalDate> lastEntry, Optional<String> problem) {

    /** True when the file could be read as a LoopWatch database (restore still checks it in full). */
    public boolean isReadable() {
        return problem.isEmpty();
    }
}
