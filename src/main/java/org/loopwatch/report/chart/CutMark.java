package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a confidence band runs above the top of the value axis and is cut off there: one mark per
 * run of such days of a series, at the middle of the run, drawn at the top edge as a small upward
 * triangle in the series' colour ("the interval continues above the axis"). Computed once here for
 * every renderer (screen, PNG, SVG, PDF), so none cuts a value off silently.
 *
 * @param subject  whose band is cut
 * @param position the day position (epoch day, as {@link ChartPoint#position()}) of the mark
 * @param from     position of the first cut day of the run
 * @param to       position of the last cut day of the run
 */
public record CutMark(ChartSubject subject, double position, double from, double to) {

    /** The marks of every band of {@code data} whose upper bound exceeds {@code axisTop}. */
    public static List<CutMark> of(ChartData data, double axisTop) {
        List<CutMark> marks = new ArrayList<>();
        if (!data.showsRates()) {
            return marks;
        }
        for (ChartSeries series : data.series()) {
            for (List<ChartPoint> run : series.runsWithValues()) {
                int start = -1;
                for (int i = 0; i <= run.size(); i++) {
                    boolean cut = i < run.size() && run.get(i).interval().isPresent()
                            && run.get(i).interval().get().upper() > axisTop;
                    if (cut && start < 0) {
                        start = i;
                    } else if (!cut && start >= 0) {
                        double from = run.get(start).position();
                        double to = run.get(i - 1).position();
                        marks.add(new CutMark(series.subject(), (from + to) / 2, from, to));
                        start = -1;
                    }
                }
            }
        }
        return marks;
    }
}
