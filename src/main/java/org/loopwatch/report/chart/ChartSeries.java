package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.List;

/** The points of one group or rollup, one per day (or week or month, {@link ChartStep}) of the period, in date order. */
public record ChartSeries(ChartSubject subject, List<ChartPoint> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }

    /** The stretches of consecutive points with a value: a line breaks at a day without tests rather than bridging it. */
    public List<List<ChartPoint>> runsWithValues() {
        List<List<ChartPoint>> runs = new ArrayList<>();
        List<ChartPoint> run = new ArrayList<>();
        for (ChartPoint point : points) {
            if (point.value().isPresent()) {
                run.add(point);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
