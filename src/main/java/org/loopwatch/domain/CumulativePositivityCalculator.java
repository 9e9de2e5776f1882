package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cumulative positivity: Σ positives ÷ Σ tests from the loop start to a date, both inclusive. */
public final class CumulativePositivityCalculator {

    private CumulativePositivityCalculator() {
    }

    /**
     * Cumulative positivity from {@code loopStart} to {@code date} inclusive. "No tests" when the
     * date is before the loop start or no tests were done.
     */
    public static RateEstimate upTo(ResultIndex index, Selection selection, LocalDate loopStart, LocalDate date,
                                    IntervalMethod method, ConfidenceLevel level) {
        return PositivityCalculator.estimate(index.sum(selection, loopStart, date), method, level);
    }

    /** One point per day from {@code from} to {@code to} inclusive, each counted from {@code loopStart}. */
    public static List<CumulativePoint> series(ResultIndex index, Selection selection, LocalDate loopStart,
                                               LocalDate from, LocalDate to,
                                               IntervalMethod method, ConfidenceLevel level) {
        List<CumulativePoint> points = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            points.add(new CumulativePoint(date, upTo(index, selection, loopStart, date, method, level)));
        }
        return points;
    }
}
