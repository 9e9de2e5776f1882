package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Draws the charts of the dashboard and the briefing exports from {@link ChartData}: the same
 * code for the screen and for files, so an exported chart looks like the one on the screen.
 * Call on the FX thread (or any thread before the nodes join a live scene).
 */
public final class ChartFactory {

    /** Beyond this many days, only flagged days keep a dot: hundreds of dots would hide the lines. */
    static final int MAX_DAYS_WITH_DOTS = 120;

    private ChartFactory() {
    }

    /** Computes and draws the requested chart. */
    public static ChartPane create(ChartRequest request) {
        return create(ChartData.of(request));
    }

    /** Draws a chart computed before, e.g. on a background thread. */
    public static ChartPane create(ChartData data) {
        MarkerLayer markers = new MarkerLayer(data.visibleMarkers());
        NumberAxis days = AxisFormats.days(data.request().from(), data.request().to());
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

    private static XYChart<Number, Number> lines(ChartData data, NumberAxis days, NumberAxis values,
                                                 MarkerLayer markers, List<ChartSubject> chartSeries) {
        BandedLineChart chart = new BandedLineChart(days, values, markers);
        chart.setCreateSymbols(false);
        boolean dots = data.series().isEmpty() || data.series().get(0).points().size() <= MAX_DAYS_WITH_DOTS;
        for (ChartSeries one : data.series()) {
            ChartSubject subject = one.subject();
            // A day without a value (no tests) breaks the line rather than bridging the gap.
            for (List<ChartPoint> run : runsWithValues(one.points())) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(subject.name());
                for (ChartPoint point : run) {
                    XYChart.Data<Number, Number> item =
                            new XYChart.Data<>(point.date().toEpochDay(), point.value().orElseThrow());
                    if (dots || point.flagged()) {
                        item.setNode(dot(point));
                    }
                    series.getData().add(item);
                }
                chart.getData().add(series);
                chartSeries.add(subject);
                if (data.showsRates()) {
                    chart.addBand(subject, run);
                }
            }
        }
        return chart;
    }

    private static XYChart<Number, Number> bars(ChartData data, NumberAxis days, NumberAxis values,
                                                MarkerLayer markers, List<ChartSubject> chartSeries) {
        StackedDayBarChart chart = new StackedDayBarChart(days, values, markers);
        for (ChartSeries one : data.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(one.subject().name());
            for (ChartPoint point : one.points()) {
                double value = point.value().orElse(0.0);
                if (value > 0) {
                    XYChart.Data<Number, Number> item = new XYChart.Data<>(point.date().toEpochDay(), value);
                    Region bar = new Region();
                    bar.getStyleClass().addAll("day-bar", "lw-series", one.subject().colourClass());
                    if (point.flagged()) {
                        bar.getStyleClass().add("exceedance");
                    }
                    install(bar, point.description());
                    item.setNode(bar);
                    series.getData().add(item);
                }
            }
            chart.getData().add(series);
            chartSeries.add(one.subject());
        }
        return chart;
    }

    /**
     * A day's dot. LineChart replaces the style classes of a data node with its own
     * ({@code chart-line-symbol series<i> ...}), so the dot's own classes sit on an inner region,
     * which takes the series colour from that outer node.
     */
    private static Node dot(ChartPoint point) {
        Region dot = new Region();
        dot.getStyleClass().add("lw-dot");
        if (point.incomplete()) {
            dot.getStyleClass().add("incomplete-window");
        }
        if (point.flagged()) {
            dot.getStyleClass().add("exceedance");
        }
        StackPane holder = new StackPane(dot);
        install(holder, point.description());
        return holder;
    }

    private static void install(Node node, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tooltip);
    }

    static List<List<ChartPoint>> runsWithValues(List<ChartPoint> points) {
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
