package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisers' daily statement (SPEC §5): for one day and cumulatively since the loop start,
 * per stage (arrival: arrivals tested; in-loop: tests) the tests and positives of each group and of
 * all groups together.
 *
 * @param date      the day
 * @param loopStart the first day of the cumulative figures
 * @param lines     one line per stage and group, stages apart, "*" for all groups, in display order
 */
public record DailyStatement(LocalDate date, LocalDate loopStart, List<Line> lines) {

    public DailyStatement {
        lines = List.copyOf(lines);
    }

    /**
     * @param group      a group name, or {@value SummaryCalculator#ALL_GROUPS} for all groups
     * @param stage      "arrival" or "in_loop"
     * @param day        the day's tests and positives
     * @param cumulative from the loop start to the day, inclusive
     */
    public record Line(String group, String stage, Counts day, Counts cumulative) {
    }
}
