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
        XYChart<Number, Number> chart = switch (data.kind()) {
            case ROLLING -> lines(data, days, AxisFormats.rates(data.maxValue(), data.valueAxisLabel()), markers);
            case CUMULATIVE -> lines(data, days, AxisFormats.counts(data.maxValue(), data.valueAxisLabel()), markers);
            case POSITIVES, TESTS -> bars(data, days, AxisFormats.counts(data.maxValue(), data.valueAxisLabel()),
                    markers);
        };
        chart.setTitle(data.title());
        chart.getStyleClass().add("lw-xy-chart");
        return new ChartPane(data, chart);
    }

    private static XYChart<Number, Number> lines(ChartData data, NumberAxis days, NumberAxis values,
                                                 MarkerLayer markers) {
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
                        item.setNode(dot(subject, point));
                    }
                    series.getData().add(item);
                }
                chart.getData().add(series);
                series.getNode().getStyleClass().addAll("lw-series", subject.colourClass());
                if (subject.rollup()) {
                    series.getNode().getStyleClass().add("lw-rollup-series");
                }
                if (data.showsRates()) {
                    chart.addBand(subject, run);
                }
            }
        }
        return chart;
    }

    private static XYChart<Number, Number> bars(ChartData data, NumberAxis days, NumberAxis values,
                                                MarkerLayer markers) {
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
        }
        return chart;
    }

    private static Node dot(ChartSubject subject, ChartPoint point) {
        StackPane dot = new StackPane();
        dot.getStyleClass().addAll("lw-dot", "lw-series", subject.colourClass());
        if (point.incomplete()) {
            dot.getStyleClass().add("incomplete-window");
        }
        if (point.flagged()) {
            dot.getStyleClass().add("exceedance");
        }
        install(dot, point.description());
        return dot;
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
