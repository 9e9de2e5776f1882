package org.loopwatch.report;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.fx.ChartFactory;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.report.chart.ChartPanels;
import org.loopwatch.report.chart.ChartRequest;

/**
 * A chart export computed off the FX thread: the chart's numbers, the words around it and its
 * provenance. Drawing it ({@link #page()}) happens on the FX thread.
 *
 * @param title    what the chart shows
 * @param subtitle the event (which says "illustrative" for the demo), period, stage and groups
 */
public record PreparedChart(ChartData data, String title, String subtitle, Provenance provenance) {

    /** Draws the chart into a page ready for {@link ChartImageRenderer}; FX thread only. */
    public ChartPage page() {
        List<ChartRequest> panels = ChartPanels.of(data.request());
        if (panels.size() == 1) {
            ChartPane pane = ChartFactory.create(data);
            pane.chart().setTitle(null); // the page draws the title, larger
            return new ChartPage(title, subtitle, pane, provenance);
        }
        // Small multiples (decision 0021): the panels side by side, two to a row, each with its legend.
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-panels");
        grid.setHgap(14);
        grid.setVgap(8);
        int columns = 2;
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        int rows = (panels.size() + columns - 1) / columns;
        for (int i = 0; i < rows; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(row);
        }
        List<ChartPane> panes = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            ChartPane pane = ChartFactory.create(ChartData.of(panels.get(i)));
            pane.chart().setTitle(null);
            pane.legendWithoutNotes();
            // Squeezed to the page rather than over the title and footer.
            pane.setMinSize(0, 0);
            panes.add(pane);
            grid.add(pane, i % columns, i / columns);
        }
        grid.setMinSize(0, 0);
        VBox panelsWithNotes = new VBox(4, grid, ChartPane.notesOf(panes));
        VBox.setVgrow(grid, Priority.ALWAYS);
        return new ChartPage(title, subtitle, panelsWithNotes, provenance);
    }

    /** A file name for a save dialog, e.g. {@code loopwatch-rolling-2022-01-04-to-2022-02-20.png}. */
    public String suggestedFileName() {
        return "loopwatch-" + data.kind().code() + "-" + data.request().from() + "-to-" + data.request().to() + ".png";
    }
}
