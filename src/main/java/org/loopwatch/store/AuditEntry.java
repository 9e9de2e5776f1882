package org.loopwatch.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.Stage;

/**
 * One row of the audit log: who changed what, when, from which value to which, and why.
 *
 * @param id        increases with every change, so the newest entry has the largest id
 * @param at        when the change was saved (UTC, millisecond precision)
 * @param osUser    who made it: the operating-system user on a database file, the database user on a
 *                  team database
 * @param entityKey a readable key for entities without a date/group/stage key, e.g. a group or
 *                  setting name; empty when the key fields say it all
 * @param date      the affected day, for daily results and day close/reopen
 * @param groupId   the affected group, for daily results and group changes
 * @param stage     the affected stage, for daily results
 * @param oldValue  the value before the change as JSON, empty for an insert
 * @param newValue  the value after the change as JSON, empty for a delete
 * @param reason    why, as given by the person; empty when none was asked for
 * @param desk      the computer (host name) the change came from; empty for changes saved before
 *                  LoopWatch recorded it
 */
public record AuditEntry(long id, Instant at, String osUser, AuditAction action, AuditEntity entity,
                         String entityKey, Optional<LocalDate> date, Optional<Long> groupId,
                         Optional<Stage> stage, String oldValue, String newValue, String reason,
                         String desk) {
}
