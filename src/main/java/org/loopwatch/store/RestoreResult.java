package org.loopwatch.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param restoredFrom  the backup now in use
 * @param previousKept  where the database as it was before is kept: the backup taken just before
 *                      (restore in a running app) or the damaged file moved aside (start-up)
 * @param rows          the number of daily results after the restore
 * @param lastEntry     the latest date with a result after the restore, if any
 */
public record RestoreResult(Path restoredFrom, Path previousKept, long rows, Optional<java.time.LocalDate> lastEntry) {
}
