package org.loopwatch.ui.results;

import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;

/**
 * One committed change to a daily result, remembered so that it can be undone.
 *
 * @param before the stored row before the change; empty for an insert
 * @param after  the stored row after the change; empty for a delete
 */
public record SavedChange(Kind kind, Optional<DailyResult> before, Optional<DailyResult> after) {

    /** What the change did. */
    public enum Kind { INSERT, REPLACE, DELETE }

    public SavedChange {
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change has a row before or after it");
        }
    }

    public static SavedChange inserted(DailyResult row) {
        return new SavedChange(Kind.INSERT, Optional.empty(), Optional.of(row));
    }

    public static SavedChange replaced(DailyResult old, DailyResult row) {
        return new SavedChange(Kind.REPLACE, Optional.of(old), Optional.of(row));
    }

    public static SavedChange deleted(DailyResult old) {
        return new SavedChange(Kind.DELETE, Optional.of(old), Optional.empty());
    }

    public ResultKey key() {
        return after.or(() -> before).orElseThrow().key();
    }
}
