package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.Interval;

/**
 * One day of one series.
 *
 * @param value       a fraction for positivity charts, a count otherwise; empty when there is
 *                    nothing to draw (a window with no tests)
 * @param interval    the confidence interval of a positivity; empty for counts or no tests
 * @param incomplete  true when a day in the window (or the day itself) was not reported
 * @param flagged     true when the exceedance rule flags the day for this group or rollup
 * @param description the tooltip text, a full sentence with counts
 */
public record ChartPoint(LocalDate date, Optional<Double> value, Optional<Interval> interval, boolean incomplete,
                         boolean flagged, String description) {
}
