package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisers' daily statement (SPEC §5): for one day and cumulatively since the loop start,
 * per stage (arrival: arrivals tested; in-loop: tests) the tests and positives of each group and of
 * all groups together, and which rows were due but not reported. Made by
 * {@link DailyStatementCalculator} from the one period summary ({@link PeriodSummaryCalculator}).
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
     * @param group                  a group name, or {@value SummaryCalculator#ALL_GROUPS} for all groups
     * @param stage                  "arrival" or "in_loop"
     * @param day                    the day's tests and positives (0 / 0 for a row not reported)
     * @param cumulative             from the loop start to the day, inclusive
     * @param dayCompleteness        whether the day's due rows were reported, and which are missing
     * @param cumulativeCompleteness the same from the loop start to the day; a group is due from
     *                               the later of the loop start and its first result
     */
    public record Line(String group, String stage, Counts day, Counts cumulative, Completeness dayCompleteness,
                       Completeness cumulativeCompleteness) {

        /** True when a due row of the day is missing: its 0 is "not reported", not "no tests". */
        public boolean missingOnDay() {
            return !dayCompleteness.isComplete();
        }
    }
}
