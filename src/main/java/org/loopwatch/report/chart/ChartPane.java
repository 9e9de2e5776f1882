package org.loopwatch.report.chart;

import javafx.scene.chart.XYChart;
import javafx.scene.layout.BorderPane;

/**
 * A finished chart: the JavaFX chart with its legend underneath and the stylesheets that colour
 * it, ready to be shown, snapshotted or exported. Nothing animates, so a snapshot right after
 * layout is complete.
 */
public final class ChartPane extends BorderPane {

    private final ChartData data;
    private final XYChart<Number, Number> chart;

    ChartPane(ChartData data, XYChart<Number, Number> chart) {
        this.data = data;
        this.chart = chart;
        getStyleClass().addAll("lw-chart", "lw-chart-" + data.kind().code());
        getStylesheets().addAll(SeriesStylesheet.chartStylesheet(),
                SeriesStylesheet.dataUri(data.series().stream().map(ChartSeries::subject).toList()));
        setCenter(chart);
        setBottom(new ChartLegend(data));
    }

    /** What is drawn. */
    public ChartData data() {
        return data;
    }

    /** The chart itself, e.g. to hide its title when an export draws its own. */
    public XYChart<Number, Number> chart() {
        return chart;
    }
}
