package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
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

    private static final String TOOLTIP_TEXT = "loopwatch.tooltip-text";
    private static final String TOOLTIP = "loopwatch.tooltip";

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
        return new ChartPane(data, chart, chartSeries);
    }

    private static XYChart<Number, Number> lines(ChartData data, DayAxis days, NumberAxis values,
                                                 MarkerLayer markers, List<ChartSubject> chartSeries) {
        BandedLineChart chart = new BandedLineChart(days, values, markers);
        chart.setCreateSymbols(false);
        List<Runnable> dotClasses = new ArrayList<>();
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
                        ChartDot dot = new ChartDot();
                        item.setNode(dot);
                        install(dot, point.description());
                        dotClasses.add(() -> {
                            dot.getStyleClass().add("lw-dot");
                            dot.mark(point.incomplete(), point.flagged());
                        });
                    }
                    items.add(item);
                }
                // At once: a series checks all its items for duplicates on every change, so
                // adding ten years of days one by one took seconds per chart.
                series.getData().setAll(items);
                chart.getData().add(series);
                chartSeries.add(subject);
                if (data.showsRates()) {
                    chart.addBand(subject, run);
                }
            }
        }
        chart.addCutMarks(data.cutMarks());
        // LineChart gives every symbol its own classes (chart-line-symbol series<i> …) each time a
        // series joins, so the dots' classes go on once all series are in; series<i> carries the colour.
        dotClasses.forEach(Runnable::run);
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
        // The extra value is how many days the bar spans: a day, a week, or a (part of a) month.
        XYChart.Data<Number, Number> item = new XYChart.Data<>(point.position(), point.value().orElseThrow(),
                point.days());
        // A shape, not a region: see ChartDot for why thousands of regions are slow to restyle.
        Rectangle bar = new Rectangle();
        bar.getStyleClass().addAll("day-bar", "lw-series", subject.colourClass());
        if (point.flagged()) {
            bar.getStyleClass().add("exceedance");
        }
        item.setNode(bar);
        install(bar, point.description());
        return item;
    }

    /*
     * The tooltip is made when the mouse first enters the point: a Tooltip is a popup window with
     * its own styling, and making one for each of the thousand-odd dots and bars of a dashboard
     * took most of a redraw after every save (SPEC §9: 100 ms). It then behaves as one installed
     * up front: it shows once the mouse rests on the point.
     */
    private static void install(Node node, String text) {
        node.getProperties().put(TOOLTIP_TEXT, text);
        speak(node, text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip((String) node.getProperties().get(TOOLTIP_TEXT));
                tooltip.setShowDelay(Duration.millis(150));
                node.getProperties().put(TOOLTIP, tooltip);
                Tooltip.install(node, tooltip);
            }
        });
    }

    /*
     * What a screen reader says for a point: its tooltip's words. JavaFX binds a data node's
     * accessible text to "{series} {x axis} is {x} {y axis} is {y}" when the node is set, in the
     * JVM's language and with the x value as a raw day number; unbind it and say it properly.
     */
    private static void speak(Node node, String text) {
        node.accessibleTextProperty().unbind();
        node.setAccessibleText(text);
    }

    /** Changes the text of a point's tooltip, made yet or not. */
    static void describe(Node node, String text) {
        node.getProperties().put(TOOLTIP_TEXT, text);
        speak(node, text);
        if (node.getProperties().get(TOOLTIP) instanceof Tooltip tooltip) {
            tooltip.setText(text);
        }
    }
}
