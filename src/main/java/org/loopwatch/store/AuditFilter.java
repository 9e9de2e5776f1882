package org.loopwatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which audit rows to list. Empty parts do not filter. Build with {@link #all()} and the
 * {@code with…} methods.
 *
 * @param affectedFrom first affected day (the day a result or closure is about), inclusive;
 *                     rows without a day (group or setting changes) are left out when set
 * @param affectedTo   last affected day, inclusive
 * @param changedFrom  changes saved at or after this time
 * @param changedTo    changes saved before this time
 * @param groupId      rows about this group (its results and its own changes)
 * @param action       rows with this action
 * @param limit        at most this many rows, newest first
 */
public record AuditFilter(Optional<LocalDate> affectedFrom, Optional<LocalDate> affectedTo,
                          Optional<Instant> changedFrom, Optional<Instant> changedTo,
                          Optional<Long> groupId, Optional<AuditAction> action, int limit) {

    /** Default row limit: enough for a screen, bounded so a long history never floods memory. */
    public static final int DEFAULT_LIMIT = 10_000;

    public AuditFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
    }

    /** Every row, newest first, up to {@link #DEFAULT_LIMIT}. */
    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public AuditFilter withAffectedDays(LocalDate from, LocalDate to) {
        return new AuditFilter(Optional.ofNullable(from), Optional.ofNullable(to), changedFrom, changedTo,
                groupId, action, limit);
    }

    public AuditFilter withChangedBetween(Instant from, Instant to) {
        return new AuditFilter(affectedFrom, affectedTo, Optional.ofNullable(from), Optional.ofNullable(to),
                groupId, action, limit);
    }

    public AuditFilter withGroup(long id) {
        return new AuditFilter(affectedFrom, affectedTo, changedFrom, changedTo, Optional.of(id), action, limit);
    }

    public AuditFilter withAction(AuditAction wanted) {
        return new AuditFilter(affectedFrom, affectedTo, changedFrom, changedTo, groupId, Optional.of(wanted), limit);
    }

    public AuditFilter withLimit(int rows) {
        return new AuditFilter(affectedFrom, affectedTo, changedFrom, changedTo, groupId, action, rows);
    }
}
