package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether the rows behind one figure were all reported (SPEC §2, Reporting completeness).
 *
 * <p>A group is due to report a stage on a day only from the later of the loop start and its
 * first result in that stage (no creation date is stored, so the first result stands for it;
 * decision 0028), only up to today, and only while it is active: a new group is not "missing" for
 * the weeks before it existed, a group that never reports arrivals is not "missing" arrivals,
 * and nobody is missing tomorrow.
 *
 * @param dueFrom        first day on which some selected group was due in some selected stage;
 *                       empty when none was
 * @param dueDays        days from {@code dueFrom} to the end of the range (capped at today); 0
 *                       when nothing was due
 * @param incompleteDays days on which at least one due row is missing, at most {@code dueDays}
 * @param gaps           which group, stage and days are missing, by group, stage, then date
 */
public record Completeness(Optional<LocalDate> dueFrom, int dueDays, int incompleteDays, List<ReportGap> gaps) {

    /** Nothing was due, so nothing is missing. */
    public static final Completeness NOTHING_DUE = new Completeness(Optional.empty(), 0, 0, List.of());

    public Completeness {
        gaps = List.copyOf(gaps);
        if (incompleteDays < 0 || incompleteDays > dueDays) {
            throw new IllegalArgumentException(incompleteDays + " incomplete of " + dueDays + " due days");
        }
    }

    /** True when every due row was reported. */
    public boolean isComplete() {
        return incompleteDays == 0;
    }
}
