package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.BorderPane;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.LegendEntry;
import org.loopwatch.report.chart.SeriesStylesheet;

/**
 * A finished chart: the JavaFX chart with its legend underneath and the stylesheets that colour
 * it, ready to be shown, snapshotted or exported. Nothing animates, so a snapshot right after
 * layout is complete.
 */
public final class ChartPane extends BorderPane {

    private ChartData data;
    /* data's legend entries, kept: working them out scans every point (open dots, flags, cut-off marks). */
    private List<LegendEntry> legendOfData;
    private final XYChart<Number, Number> chart;
    /* What ChartUpdate compares a redraw with (its nodes' shape), kept: working it out scans every point. */
    private Object drawnShape;

    /** @param chartSeries the subject of each of the chart's series, in order (a group's line may be split) */
    ChartPane(ChartData data, XYChart<Number, Number> chart, List<ChartSubject> chartSeries) {
        this.data = data;
        this.chart = chart;
        getStyleClass().addAll("lw-chart", "lw-chart-" + data.kind().code());
        getStylesheets().addAll(SeriesStylesheet.chartStylesheet(),
                SeriesStylesheet.dataUri(data.series().stream().map(ChartSeries::subject).toList(), chartSeries));
        setCenter(chart);
        legendOfData = ChartLegend.entries(data);
        setBottom(new ChartLegend(legendOfData));
    }

    /** Takes new figures drawn in place by {@link ChartUpdate}; the legend follows when its entries change. */
    void redrawn(ChartData now) {
        List<LegendEntry> entries = ChartLegend.entries(now);
        boolean sameLegend = entries.equals(legendOfData);
        data = now;
        legendOfData = entries;
        if (!sameLegend && getBottom() instanceof ChartLegend legend) {
            legend.show(entries); // in place: only an entry that comes is a new node
        } else if (!sameLegend) {
            setBottom(new ChartLegend(entries));
        }
    }

    /**
     * Takes new figures that draw exactly what is drawn ({@link ChartUpdate}: the same series, settings
     * and words): its legend entries and shape are those of what is drawn, worked out again for nothing.
     */
    void redrawnUnchanged(ChartData now) {
        data = now;
    }

    /**
     * Keeps only the groups and rollups in the legend, for a panel of small multiples whose notes
     * (shading, marks) are said once for all panels by {@link #notesOf}.
     */
    public void legendWithoutNotes() {
        setBottom(new ChartLegend(data.legend().stream().filter(entry -> entry.subject().isPresent()).toList()));
    }

    /** One legend of the notes of several panels (what shading and marks mean), each note once. */
    public static Node notesOf(List<ChartPane> panels) {
        List<LegendEntry> notes = new ArrayList<>();
        for (ChartPane panel : panels) {
            panel.data().legend().stream().filter(entry -> entry.subject().isEmpty() && !notes.contains(entry))
                    .forEach(notes::add);
        }
        ChartLegend legend = new ChartLegend(notes);
        legend.getStyleClass().add("lw-chart");
        legend.getStylesheets().add(SeriesStylesheet.chartStylesheet());
        return legend;
    }

    /** The shape {@link ChartUpdate} worked out for what is drawn, if it did. */
    Object drawnShape() {
        return drawnShape;
    }

    void drawnShape(Object shape) {
        drawnShape = shape;
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
