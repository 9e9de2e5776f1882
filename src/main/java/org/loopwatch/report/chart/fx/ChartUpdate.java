package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeries;

/**
 * Redraws a chart in place with new figures of the same shape: the same kind, length of period,
 * groups and markers, and for line charts the same days with values and dots, as after a save that
 * changed one count or moved the period on by a day. Values, intervals, flags, tooltips, cut-off marks and the value axis change; a bar
 * that comes or goes (a day's first count above 0) is the only node made or dropped.
 *
 * <p>Why: a new chart is a few thousand new nodes, and styling them costs JavaFX hundreds of
 * milliseconds on this data (SPEC §9 wants a save on the dashboard within 100 ms, in the second
 * round 33 ms). So is touching every point: a data item given a value, even an equal one, lays its
 * whole chart out again. Only the series whose points differ from those drawn are touched, and in
 * them only the points that differ. A chart whose shape changed is drawn anew by
 * {@link ChartFactory#create(ChartData)}.
 */
public final class ChartUpdate {

    private ChartUpdate() {
    }

    /** Redraws {@code pane} with {@code data} when the shapes match; false (nothing changed) when not. */
    public static boolean redraw(ChartPane pane, ChartData data) {
        ChartData drawn = pane.data();
        if (unchanged(drawn, data)) {
            // Nothing drawn depends on what differs (the rows' index): no pass over the points for
            // the shape, the legend or the axis, for the charts a save did not touch (decision 0069).
            pane.redrawnUnchanged(data);
            return true;
        }
        Object drawnShape = pane.drawnShape() != null ? pane.drawnShape() : shape(drawn);
        List<Object> shape = shape(data);
        if (!drawnShape.equals(shape)) {
            return false;
        }
        pane.drawnShape(shape); // the shape of what is drawn next, so the next redraw works out only its own
        XYChart<Number, Number> chart = pane.chart();
        if (!drawn.request().from().equals(data.request().from())) {
            ((DayAxis) chart.getXAxis()).setPeriod(data.request().from(), data.request().to());
        }
        if (chart instanceof BandedLineChart lines) {
            redrawLines(lines, drawn, data);
        } else {
            redrawBars(chart, drawn, data);
        }
        AxisFormats.rescale((NumberAxis) chart.getYAxis(), data.maxValue(), data.kind() != ChartKind.ROLLING,
                data.valueAxisLabel());
        chart.setTitle(data.title());
        pane.redrawn(data);
        return true;
    }

    private static void redrawLines(BandedLineChart chart, ChartData drawn, ChartData data) {
        Iterator<XYChart.Series<Number, Number>> shown = chart.getData().iterator();
        List<List<ChartPoint>> runs = new ArrayList<>();
        boolean changed = false;
        // Once per chart, not per point: data.hasDot(point) works out the period's step each time.
        boolean dotsEveryDay = data.dotsEveryDay();
        for (int s = 0; s < data.series().size(); s++) {
            ChartSeries one = data.series().get(s);
            boolean same = same(drawn.series().get(s), one) && drawn.dotsEveryDay() == dotsEveryDay;
            for (List<ChartPoint> run : one.runsWithValues()) {
                List<XYChart.Data<Number, Number>> items = shown.next().getData();
                runs.add(run);
                if (same) {
                    continue;
                }
                changed = true;
                for (int i = 0; i < run.size(); i++) {
                    ChartPoint point = run.get(i);
                    XYChart.Data<Number, Number> item = items.get(i);
                    if (item.getXValue().doubleValue() != point.position()) {
                        item.setXValue(point.position());
                    }
                    setY(item, point.value().orElseThrow());
                    ChartDot dot = BandedLineChart.dotOf(item);
                    if (dot != null && (point.flagged() || dotsEveryDay)) {
                        dot.mark(point.incomplete(), point.flagged());
                        ChartFactory.describe(dot, point.text());
                    }
                }
            }
        }
        if (data.showsRates()) {
            if (changed) {
                chart.setBandPoints(runs);
            }
            chart.setCutMarks(data.cutMarks());
        }
    }

    /*
     * Each series' bars are the points above 0, in date order: the bars kept are given their new
     * values; a point that now has a bar gets one, at its place in the series; a bar whose point
     * fell to 0 (a count corrected) goes.
     */
    private static void redrawBars(XYChart<Number, Number> chart, ChartData drawn, ChartData data) {
        Iterator<XYChart.Series<Number, Number>> shown = chart.getData().iterator();
        for (int s = 0; s < data.series().size(); s++) {
            ChartSeries one = data.series().get(s);
            ObservableList<XYChart.Data<Number, Number>> items = shown.next().getData();
            if (same(drawn.series().get(s), one)) {
                continue;
            }
            int at = 0;
            for (ChartPoint point : one.points()) {
                double value = point.value().orElse(0.0);
                double position = point.position();
                while (at < items.size() && items.get(at).getXValue().doubleValue() < position) {
                    items.remove(at); // its point has no bar any more
                }
                boolean barShown = at < items.size() && items.get(at).getXValue().doubleValue() == position;
                if (value <= 0) {
                    if (barShown) {
                        items.remove(at);
                    }
                    continue;
                }
                if (!barShown) {
                    items.add(at++, ChartFactory.barItem(one.subject(), point));
                    continue;
                }
                XYChart.Data<Number, Number> item = items.get(at++);
                setY(item, value);
                ((StackedDayBarChart) chart).setDays(item, point.days());
                DayBar bar = StackedDayBarChart.barOf(item);
                StyleClasses.set(bar, "exceedance", point.flagged());
                ChartFactory.describe(bar, point.text());
            }
            if (at < items.size()) {
                items.remove(at, items.size());
            }
        }
    }

    /*
     * True when {@code now} draws exactly what {@code drawn} does: the same series objects (a
     * computation keeps a series whose rows did not change, and then the chart's very list,
     * ChartSeriesCache#chart) and the same settings and words. Only then; equal but new series go
     * the long way.
     */
    private static boolean unchanged(ChartData drawn, ChartData now) {
        if (drawn.series() != now.series()) {
            return false;
        }
        ChartRequest before = drawn.request();
        ChartRequest request = now.request();
        return before.kind() == request.kind() && before.from().equals(request.from())
                && before.to().equals(request.to()) && before.level().equals(request.level())
                && before.markers().equals(request.markers()) && drawn.title().equals(now.title())
                && drawn.subtitle().equals(now.subtitle()) && drawn.valueAxisLabel().equals(now.valueAxisLabel());
    }

    /* A data item's value changes its whole chart's layout, even to an equal number: set only a new one. */
    private static void setY(XYChart.Data<Number, Number> item, double value) {
        if (item.getYValue() == null || item.getYValue().doubleValue() != value) {
            item.setYValue(value);
        }
    }

    /* Nothing to redraw for a series whose points are those drawn (the same object, when the computation kept it). */
    private static boolean same(ChartSeries drawn, ChartSeries now) {
        return drawn == now || drawn.equals(now);
    }

    /*
     * Everything that decides which nodes a chart has; equal shapes have the same nodes. Not the
     * period's first day: a period as long as before but moved on (the first save of a new day) keeps
     * its points, lines, dots and ticks, which move with it. Bars are not in it (they come and go in
     * place), nor are cut-off marks (a few paths, replaced in place).
     */
    private static List<Object> shape(ChartData data) {
        ChartRequest request = data.request();
        List<Object> shape = new ArrayList<>(List.of(data.kind(), request.to().toEpochDay() - request.from().toEpochDay(),
                data.step(), data.visibleMarkers()));
        boolean dotsEveryDay = data.dotsEveryDay(); // as data.hasDot(point) says, worked out once
        for (ChartSeries one : data.series()) {
            shape.add(one.subject());
            if (data.kind().stacksGroups()) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            for (ChartPoint point : one.points()) {
                boolean drawn = point.value().isPresent();
                points.append(drawn ? point.flagged() || dotsEveryDay ? 'o' : '+' : '-');
            }
            shape.add(points.toString());
        }
        return shape;
    }
}
