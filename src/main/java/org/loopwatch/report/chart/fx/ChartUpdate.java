package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartSeries;

/**
 * Redraws a chart in place with new figures of the same shape: the same kind, period, groups and
 * markers, and the same days with values, dots and bars, as after a save that changed one count.
 * Values, intervals, flags, tooltips and the value axis change; no node is made or dropped.
 *
 * <p>Why: a new chart is a few thousand new nodes, and styling them costs JavaFX hundreds of
 * milliseconds on this data (SPEC §9 wants a save on the dashboard within 100 ms). A chart whose
 * shape changed is drawn anew by {@link ChartFactory#create(ChartData)}.
 */
public final class ChartUpdate {

    private ChartUpdate() {
    }

    /** Redraws {@code pane} with {@code data} when the shapes match; false (nothing changed) when not. */
    public static boolean redraw(ChartPane pane, ChartData data) {
        if (!shape(pane.data()).equals(shape(data))) {
            return false;
        }
        XYChart<Number, Number> chart = pane.chart();
        if (chart instanceof BandedLineChart lines) {
            redrawLines(lines, data);
        } else {
            redrawBars(chart, data);
        }
        NumberAxis fresh = data.kind() == ChartKind.ROLLING
                ? AxisFormats.rates(data.maxValue(), data.valueAxisLabel())
                : AxisFormats.counts(data.maxValue(), data.valueAxisLabel());
        NumberAxis values = (NumberAxis) chart.getYAxis();
        values.setLowerBound(fresh.getLowerBound());
        values.setUpperBound(fresh.getUpperBound());
        values.setTickUnit(fresh.getTickUnit());
        values.setLabel(fresh.getLabel());
        chart.setTitle(data.title());
        pane.redrawn(data);
        return true;
    }

    private static void redrawLines(BandedLineChart chart, ChartData data) {
        Iterator<XYChart.Series<Number, Number>> shown = chart.getData().iterator();
        List<List<ChartPoint>> runs = new ArrayList<>();
        for (ChartSeries one : data.series()) {
            for (List<ChartPoint> run : one.runsWithValues()) {
                List<XYChart.Data<Number, Number>> items = shown.next().getData();
                for (int i = 0; i < run.size(); i++) {
                    ChartPoint point = run.get(i);
                    XYChart.Data<Number, Number> item = items.get(i);
                    item.setYValue(point.value().orElseThrow());
                    if (item.getNode() instanceof ChartDot dot && data.hasDot(point)) {
                        dot.mark(point.incomplete(), point.flagged());
                        ChartFactory.describe(dot, point.description());
                    }
                }
                runs.add(run);
            }
        }
        if (data.showsRates()) {
            chart.setBandPoints(runs);
        }
    }

    private static void redrawBars(XYChart<Number, Number> chart, ChartData data) {
        Iterator<XYChart.Series<Number, Number>> shown = chart.getData().iterator();
        for (ChartSeries one : data.series()) {
            Iterator<XYChart.Data<Number, Number>> items = shown.next().getData().iterator();
            for (ChartPoint point : one.points()) {
                double value = point.value().orElse(0.0);
                if (value > 0) {
                    XYChart.Data<Number, Number> item = items.next();
                    item.setYValue(value);
                    Node bar = item.getNode();
                    StyleClasses.set(bar, "exceedance", point.flagged());
                    ChartFactory.describe(bar, point.description());
                }
            }
        }
    }

    /* Everything that decides which nodes a chart has; equal shapes have the same nodes. */
    private static List<Object> shape(ChartData data) {
        List<Object> shape = new ArrayList<>(List.of(data.kind(), data.request().from(), data.request().to(),
                data.visibleMarkers(), data.cutMarks()));
        for (ChartSeries one : data.series()) {
            shape.add(one.subject());
            for (ChartPoint point : one.points()) {
                boolean drawn = data.kind().stacksGroups() ? point.value().orElse(0.0) > 0 : point.value().isPresent();
                shape.add(point.date() + (drawn ? "+" : "-")
                        + (!data.kind().stacksGroups() && drawn && data.hasDot(point) ? "o" : ""));
            }
        }
        return shape;
    }
}
