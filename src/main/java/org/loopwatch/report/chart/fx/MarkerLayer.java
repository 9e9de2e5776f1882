package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.loopwatch.report.chart.ChartMarker;
import org.loopwatch.report.chart.MarkerLabelRows;

/**
 * Key dates as dashed vertical lines with a label at the top of the plot. Labels that would
 * overlap move down a row, so two key dates a few days apart stay readable.
 */
final class MarkerLayer {

    private static final double GAP = 4;

    private final List<ChartMarker> markers;
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    MarkerLayer(List<ChartMarker> markers) {
        this.markers = List.copyOf(markers);
        for (ChartMarker marker : this.markers) {
            Line line = new Line();
            line.getStyleClass().add("key-date-line");
            line.setManaged(false);
            Label label = new Label(marker.label());
            label.getStyleClass().add("key-date-label");
            label.setManaged(false);
            lines.add(line);
            labels.add(label);
        }
    }

    /** Lines go behind the data, labels in front. */
    void addTo(ObservableList<Node> plotChildren) {
        plotChildren.addAll(0, lines);
        plotChildren.addAll(labels);
    }

    List<Label> labels() {
        return labels;
    }

    void layout(DayAxis xAxis, double width, double height) {
        MarkerLabelRows rows = new MarkerLabelRows(0, width, GAP);
        for (int i = 0; i < markers.size(); i++) {
            double x = Math.round(xAxis.getDisplayPosition(markers.get(i).date().toEpochDay())) + 0.5;
            Line line = lines.get(i);
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
            Label label = labels.get(i);
            label.autosize();
            double labelWidth = label.getWidth();
            MarkerLabelRows.Place place = rows.place(x, labelWidth);
            label.relocate(place.left(), GAP + place.row() * (label.getHeight() + 2));
        }
    }
}
