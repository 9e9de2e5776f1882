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
 * @param alerts             every flagged cell-day in the period with why it was flagged, by
 *                           date, group id, then stage; each cell is judged alone by its own rule
 * @param lastDay            every reported cell of the period's last day, judged, flagged or not
 *                           (says "no baseline yet" where a cell has none); by group id, then stage
 * @param periodCompleteness missing rows over the period
 * @param recentCompleteness missing rows over the last W days
 */
public record StageFigures(StageScope scope, RateEstimate period, RateEstimate recent, List<Exceedance> alerts,
                           List<Exceedance> lastDay, Completeness periodCompleteness,
                           Completeness recentCompleteness) {

    public StageFigures {
        alerts = List.copyOf(alerts);
        lastDay = List.copyOf(lastDay);
    }

    /** Every flagged (date, group, stage) cell in the period, in the order of {@link #alerts}. */
    public List<ResultKey> flags() {
        return alerts.stream().map(Exceedance::cell).toList();
    }

    /** The distinct flagged dates, ascending. */
    public List<LocalDate> flaggedDates() {
        return flags().stream().map(ResultKey::date).distinct().toList();
    }

    /** The flagged cells of one day, e.g. the period's last day for a tile's badge. */
    public List<ResultKey> flagsOn(LocalDate date) {
        return flags().stream().filter(key -> key.date().equals(date)).toList();
    }

    /** The alerts of one day with their explanations. */
    public List<Exceedance> alertsOn(LocalDate date) {
        return alerts.stream().filter(alert -> alert.cell().date().equals(date)).toList();
    }

    /** The last day's reported cells that could not be judged for want of a baseline. */
    public List<Exceedance> lastDayWithoutBaseline() {
        return lastDay.stream().filter(Exceedance::hasNoBaseline).toList();
    }
}
