package org.loopwatch.domain;

import java.time.LocalDate;

/**
 * Consecutive days on which one group did not report one stage, though it was due to.
 *
 * @param groupId   the group
 * @param groupName its name at the time of the summary
 * @param stage     the stage whose row is missing
 * @param from      first missing day
 * @param to        last missing day (equal to {@code from} for one day)
 */
public record ReportGap(long groupId, String groupName, Stage stage, LocalDate from, LocalDate to) {

    /** Number of missing days, at least 1. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
