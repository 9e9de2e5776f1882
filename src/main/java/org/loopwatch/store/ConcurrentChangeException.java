package org.loopwatch.store;

import java.util.Optional;
import org.loopwatch.domain.DailyResult;

/**
 * A save was refused because the row changed (or was deleted) since it was read, on another desk
 * or in another window; nothing was written except an audit row recording the refusal. Offer the
 * person both values: replace theirs with {@link #attempted()} (save again with the version of
 * {@link #stored()}), or keep theirs.
 */
public final class ConcurrentChangeException extends ChangeRefusedException {

    private final DailyResult attempted;
    private final transient VersionedResult stored;

    ConcurrentChangeException(String message, DailyResult attempted, VersionedResult stored) {
        super(message);
        this.attempted = attempted;
        this.stored = stored;
    }

    /** The values this save tried to write. */
    public DailyResult attempted() {
        return attempted;
    }

    /** What is stored now, with its version; empty when the other desk deleted the row. */
    public Optional<VersionedResult> stored() {
        return Optional.ofNullable(stored);
    }
}
