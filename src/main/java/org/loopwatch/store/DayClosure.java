package org.loopwatch.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A closed day: its results are final, and changing them needs a reason.
 *
 * @param closedAt when it was closed (UTC)
 * @param closedBy the operating-system user who closed it
 */
public record DayClosure(LocalDate date, Instant closedAt, String closedBy) {
}
