package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Interval;
import org.loopwatch.domain.text.DeferredText;

/**
 * One point of one series: a day, or for long periods a week or a month ({@link ChartStep}).
 *
 * @param date        the first day the point stands for
 * @param last        the last day it stands for (the same day for a daily point; for a cumulative
 *                    count both are the day it is counted to)
 * @param value       a fraction for positivity charts, a count otherwise; empty when there is
 *                    nothing to draw (a window with no tests)
 * @param interval    the confidence interval of a positivity; empty for counts or no tests
 * @param incomplete  true when a day in the window, the week or the month (or the day itself) was
 *                    not reported
 * @param flagged     true when the exceedance rule flags the day (or a day of the week or month) for
 *                    this group or rollup
 * @param text        the tooltip text, a full sentence with counts, written when first read (decision
 *                    0054: most points' sentences are never read); points compare it by what it is
 *                    made of, without writing it
 * @param counts      the tests and positives the value comes from: the window's, week's, month's or
 *                    day's sums, or for a cumulative count those since the loop start (the workbook's
 *                    chart data writes them beside the value)
 */
public record ChartPoint(LocalDate date, LocalDate last, Optional<Double> value, Optional<Interval> interval,
                         boolean incomplete, boolean flagged, DeferredText text, Counts counts) {

    /** The tooltip text, written now if it was not yet. */
    public String description() {
        return text.toString();
    }

    /** Where the point sits on a day axis (epoch days): the middle of the days it stands for. */
    public double position() {
        return (date.toEpochDay() + last.toEpochDay()) / 2.0;
    }

    /** How many days the point stands for. */
    public long days() {
        return last.toEpochDay() - date.toEpochDay() + 1;
    }
}
