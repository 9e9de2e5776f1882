package org.loopwatch.report.chart;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The legend under a chart: one swatch per group or rollup in its colour, then what the shading
 * and the marks mean. Built here rather than by the chart so it uses the same colour classes as
 * the series, and can explain bands and flags, which JavaFX's legend cannot.
 */
final class ChartLegend extends FlowPane {

    ChartLegend(ChartData data) {
        super(14, 4);
        getStyleClass().add("lw-legend");
        setAlignment(Pos.CENTER);
        String shape = data.kind().stacksGroups() ? "lw-legend-bar" : "lw-legend-line";
        for (ChartSeries series : data.series()) {
            ChartSubject subject = series.subject();
            Region swatch = swatch(shape, "lw-series", subject.colourClass());
            if (subject.rollup()) {
                swatch.getStyleClass().add("lw-legend-rollup");
            }
            add(swatch, subject.name(), "lw-legend-series");
        }
        if (data.kind() == ChartKind.ROLLING && !data.series().isEmpty()) {
            add(swatch("lw-legend-band"), "shaded: " + data.request().level().percent() + " % CI", "lw-legend-note");
            if (data.hasOpenDots()) {
                add(swatch("lw-legend-incomplete"), data.openDotNote(), "lw-legend-note");
            }
        }
        if (!data.flaggedDates().isEmpty()) {
            String mark = data.kind().stacksGroups() ? "lw-legend-flag-bar" : "lw-legend-flag";
            add(swatch(mark), data.flagNote(), "lw-legend-note");
        }
    }

    /** What the legend of this chart lists, to tell whether a redrawn chart needs a new one. */
    static List<Object> entries(ChartData data) {
        return List.of(data.kind(), data.series().stream().map(ChartSeries::subject).toList(),
                data.request().level(),
                data.hasOpenDots(), data.flaggedDates().isEmpty());
    }

    private void add(Region swatch, String text, String styleClass) {
        Label label = new Label(text);
        HBox item = new HBox(5, swatch, label);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().addAll("lw-legend-item", styleClass);
        getChildren().add(item);
    }

    private static Region swatch(String... styleClasses) {
        Region swatch = new Region();
        swatch.getStyleClass().add("lw-legend-swatch");
        swatch.getStyleClass().addAll(styleClasses);
        return swatch;
    }
}
