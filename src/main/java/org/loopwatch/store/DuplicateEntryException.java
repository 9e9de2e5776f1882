package org.loopwatch.store;

import java.util.List;
import org.loopwatch.domain.DailyResult;

/** A daily result for the same (date, group, stage) exists already; nothing was written. */
public final class DuplicateEntryException extends ChangeRefusedException {

    private final List<DailyResult> existing;

    DuplicateEntryException(String message, List<DailyResult> existing) {
        super(message);
        this.existing = List.copyOf(existing);
    }

    /** The stored row that the new one collides with (the first, for a batch). */
    public DailyResult existing() {
        return existing.getFirst();
    }

    /** Every stored row that collides, in input order; one element for a single insert. */
    public List<DailyResult> allExisting() {
        return existing;
    }
}
