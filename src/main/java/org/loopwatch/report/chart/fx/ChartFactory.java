package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.ChartSubject;

/**
 * Draws the charts of the dashboard and the briefing exports from {@link ChartData}: the same
 * code for the screen and for files, so an exported chart looks like the one on the screen.
 * Call on the FX thread (or any thread before the nodes join a live scene).
 */
public final class ChartFactory {

    private ChartFactory() {
    }

    /** Computes and draws the requested chart. */
    public static ChartPane create(ChartRequest request) {
        return create(ChartData.of(request));
    }

    /** Draws a chart computed before, e.g. on a background thread. */
    public static ChartPane create(ChartData data) {
        MarkerLayer markers = new MarkerLayer(data.visibleMarkers());
        DayAxis days = AxisFormats.days(data.request().from(), data.request().to());
        List<ChartSubject> chartSeries = new ArrayList<>();
        XYChart<Number, Number> chart = switch (data.kind()) {
            case ROLLING -> lines(data, days, AxisFormats.rates(data.maxValue(), data.valueAxisLabel()), markers,
                    chartSeries);
            case CUMULATIVE -> lines(data, days, AxisFormats.counts(data.maxValue(), data.valueAxisLabel()), markers,
                    chartSeries);
            case POSITIVES, TESTS -> bars(data, days, AxisFormats.counts(data.maxValue(), data.valueAxisLabel()),
                    markers, chartSeries);
        };
        chart.setTitle(data.title());
        chart.getStyleClass().add("lw-xy-chart");
        chart.addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, SpokenPoint.TOOLTIPS);
        return new ChartPane(data, chart, chartSeries);
    }

    private static XYChart<Number, Number> lines(ChartData data, DayAxis days, NumberAxis values,
                                                 MarkerLayer markers, List<ChartSubject> chartSeries) {
        BandedLineChart chart = new BandedLineChart(days, values, markers);
        chart.setCreateSymbols(false);
        DotOutlines outlines = new DotOutlines();
        for (ChartSeries one : data.series()) {
            ChartSubject subject = one.subject();
            // A day without a value (no tests) breaks the line rather than bridging the gap.
            for (List<ChartPoint> run : one.runsWithValues()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(subject.name());
                List<XYChart.Data<Number, Number>> items = new ArrayList<>(run.size());
                for (ChartPoint point : run) {
                    XYChart.Data<Number, Number> item =
                            new XYChart.Data<>(point.position(), point.value().orElseThrow());
                    if (data.hasDot(point)) {
                        ChartDot dot = new ChartDot(outlines);
                        dot.mark(point.incomplete(), point.flagged());
                        install(dot, point.text());
                        BandedLineChart.setDot(item, dot);
                    }
                    items.add(item);
                }
                // At once: a series checks all its items for duplicates on every change, so
                // adding ten years of days one by one took seconds per chart.
                series.getData().setAll(items);
                chart.getData().add(series);
                chart.addDots(series);
                chartSeries.add(subject);
                if (data.showsRates()) {
                    chart.addBand(subject, run);
                }
            }
        }
        chart.addCutMarks(data.cutMarks());
        return chart;
    }

    private static XYChart<Number, Number> bars(ChartData data, DayAxis days, NumberAxis values,
                                                MarkerLayer markers, List<ChartSubject> chartSeries) {
        StackedDayBarChart chart = new StackedDayBarChart(days, values, markers);
        for (ChartSeries one : data.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(one.subject().name());
            List<XYChart.Data<Number, Number>> items = new ArrayList<>(one.points().size());
            for (ChartPoint point : one.points()) {
                double value = point.value().orElse(0.0);
                if (value > 0) {
                    items.add(barItem(one.subject(), point));
                }
            }
            series.getData().setAll(items);
            chart.getData().add(series);
            chartSeries.add(one.subject());
        }
        return chart;
    }

    /** A bar of {@code subject} for {@code point} (whose value is above 0), as an item of its series. */
    static XYChart.Data<Number, Number> barItem(ChartSubject subject, ChartPoint point) {
        XYChart.Data<Number, Number> item = new XYChart.Data<>(point.position(), point.value().orElseThrow());
        // A shape, not a region: see ChartDot for why thousands of regions are slow to restyle.
        DayBar bar = StackedDayBarChart.barOf(item);
        bar.days(point.days()); // a day, a week, or a (part of a) month
        bar.getStyleClass().addAll("lw-series", subject.colourClass());
        if (point.flagged()) {
            bar.getStyleClass().add("exceedance");
        }
        install(bar, point.text());
        return item;
    }

    /*
     * The tooltip is made when the mouse first enters the point, by the chart's one handler
     * (SpokenPoint.TOOLTIPS): a Tooltip is a popup window with its own styling, and making one for
     * each of the thousand-odd dots and bars of a dashboard took most of a redraw after every save
     * (SPEC §9). What a screen reader says for a point is its tooltip's words, written when asked.
     * JavaFX's own accessible text for a data node ("{series} X Axis is {x} …", in the JVM's
     * language with the day as a raw number) is never bound: the point's node is not its item's node.
     */
    private static <T extends Node & SpokenPoint.Speaking> void install(T node, CharSequence text) {
        node.words().say(node, text);
    }

    /**
     * The node drawn for a data item of a chart made here: a line chart's dot (kept beside the item,
     * see {@link BandedLineChart#setDot}) or a bar chart's bar (see {@link StackedDayBarChart#barOf});
     * null for a line's day without a dot.
     */
    static Node pointNode(XYChart.Data<Number, Number> item) {
        if (item.getExtraValue() instanceof DayBar bar) {
            return bar;
        }
        return BandedLineChart.dotOf(item);
    }

    /** Changes the text of a point's tooltip and accessible text, written yet or not. */
    static void describe(Node node, CharSequence text) {
        if (node instanceof SpokenPoint.Speaking point) {
            point.words().say(node, text);
        }
    }
}
