package org.loopwatch.report.chart;

import java.util.List;

/** The points of one group or rollup, one per day of the period, in date order. */
public record ChartSeries(ChartSubject subject, List<ChartPoint> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }
}
