package org.loopwatch.store;

import org.loopwatch.domain.DailyResult;

/**
 * A stored daily result with its version, which counts the changes of the row: pass it back to
 * {@link DailyResultRepository#replace(DailyResult, long, String)} so that a save over a row that
 * another desk changed meanwhile is refused instead of overwriting it (no lost update).
 */
public record VersionedResult(DailyResult result, long version) {
}
