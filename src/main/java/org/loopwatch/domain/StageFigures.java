package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One subject's figures in one stage scope over a summary's period.
 *
 * @param scope              arrival, in-loop, or both together (mixed)
 * @param period             positivity from the period's first to its last day, both inclusive
 * @param recent             positivity over the last W days of the period (the window ends on
 *                           the period's last day and may start before the period)
 * @param flags              every flagged (date, group, stage) cell in the period, by date,
 *                           group id, then stage; each cell is judged alone
 * @param periodCompleteness missing rows over the period
 * @param recentCompleteness missing rows over the last W days
 */
public record StageFigures(StageScope scope, RateEstimate period, RateEstimate recent, List<ResultKey> flags,
                           Completeness periodCompleteness, Completeness recentCompleteness) {

    public StageFigures {
        flags = List.copyOf(flags);
    }

    /** The distinct flagged dates, ascending. */
    public List<LocalDate> flaggedDates() {
        return flags.stream().map(ResultKey::date).distinct().toList();
    }

    /** The flagged cells of one day, e.g. the period's last day for a tile's badge. */
    public List<ResultKey> flagsOn(LocalDate date) {
        return flags.stream().filter(key -> key.date().equals(date)).toList();
    }
}
