package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolling positivity: for each day, Σ positives ÷ Σ tests over the trailing window ending that
 * day. Always the ratio of sums, never the mean of the daily ratios (a day with few tests must not
 * weigh as much as a day with many).
 */
public final class RollingPositivityCalculator {

    private RollingPositivityCalculator() {
    }

    /** Rolling positivity for the window ending on {@code date}. */
    public static RollingPoint at(ResultIndex index, Selection selection, LocalDate date, RollingWindow window,
                                  IntervalMethod method, ConfidenceLevel level) {
        LocalDate first = window.firstDay(date);
        Counts counts = index.sum(selection, first, date);
        boolean incomplete = !index.isComplete(selection, first, date);
        return new RollingPoint(date, PositivityCalculator.estimate(counts, method, level), incomplete);
    }

    /**
     * Rolling positivity for the window ending on {@code date}, incomplete when a due row of the
     * window is missing by the rule of {@code completeness} (the tiles' rule: not before a cell's
     * first result or the loop start, not after today, not for inactive groups).
     */
    public static RollingPoint at(ResultIndex index, Selection selection, LocalDate date, RollingWindow window,
                                  IntervalMethod method, ConfidenceLevel level, ReportingCompleteness completeness) {
        LocalDate first = window.firstDay(date);
        Counts counts = index.sum(selection, first, date);
        return new RollingPoint(date, PositivityCalculator.estimate(counts, method, level),
                !completeness.isComplete(selection, first, date));
    }

    /**
     * One point per day from {@code from} to {@code to} inclusive (empty when {@code from} is
     * after {@code to}). Windows reaching before the first row are marked incomplete.
     */
    public static List<RollingPoint> series(ResultIndex index, Selection selection, LocalDate from, LocalDate to,
                                            RollingWindow window, IntervalMethod method, ConfidenceLevel level) {
        List<RollingPoint> points = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            points.add(at(index, selection, date, window, method, level));
        }
        return points;
    }
}
