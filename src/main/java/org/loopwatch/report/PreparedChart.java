package org.loopwatch.report;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
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
 * @param data     the chart, or its first stage's when the stages are drawn apart
 * @param title    what the chart shows
 * @param subtitle the event (which says "illustrative" for the demo), period, stage and groups
 * @param byStage  the chart of each stage drawn apart, side by side (arrival, then in-loop), each
 *                 with its own panels; just {@code data} when one stage (or both summed) is drawn
 */
public record PreparedChart(ChartData data, String title, String subtitle, Provenance provenance,
                            List<ChartData> byStage) {

    /** The most panels side by side: four of a 960-wide page are still about 230 wide. */
    private static final int MAX_COLUMNS = 4;

    public PreparedChart {
        byStage = List.copyOf(byStage);
        if (byStage.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one stage");
        }
    }

    /** A chart of one stage, or of both summed. */
    public PreparedChart(ChartData data, String title, String subtitle, Provenance provenance) {
        this(data, title, subtitle, provenance, List.of(data));
    }

    /** Draws the chart into a page ready for {@link ChartImageRenderer}; FX thread only. */
    public ChartPage page() {
        List<ChartRequest> panels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        // Where each panel goes: stages apart put each stage on rows of its own, so arrival and
        // in-loop panels of the same groups sit one above the other; one stage fills two columns.
        List<int[]> cells = new ArrayList<>();
        int columns = 2;
        int mostPerStage = byStage.stream().mapToInt(stage -> ChartPanels.of(stage.request()).size()).max().orElse(1);
        boolean rowPerStage = byStage.size() > 1 && mostPerStage > 1;
        if (rowPerStage) {
            columns = Math.max(columns, Math.min(MAX_COLUMNS, mostPerStage));
        }
        int row = 0;
        for (ChartData stage : byStage) {
            List<ChartRequest> ofStage = ChartPanels.of(stage.request());
            for (int i = 0; i < ofStage.size(); i++) {
                panels.add(ofStage.get(i));
                // Stages apart: each panel says its stage, since arrival and in-loop panels look alike.
                captions.add(byStage.size() > 1 ? stage.request().stage().label() : null);
                int at = rowPerStage ? i : panels.size() - 1;
                cells.add(new int[] {at % columns, (rowPerStage ? row : 0) + at / columns});
            }
            row += (ofStage.size() + columns - 1) / columns;
        }
        if (panels.size() == 1) {
            ChartPane pane = ChartFactory.create(data);
            pane.chart().setTitle(null); // the page draws the title, larger
            return new ChartPage(title, subtitle, pane, provenance);
        }
        // Small multiples (decision 0021), each with its legend. Eight panels (twelve groups and two
        // rollups, stages apart) as four rows of two left each plot a sliver with its labels over the
        // next panel; as two rows of four they keep a readable plot.
        PanelGrid grid = new PanelGrid();
        grid.setHgap(14);
        grid.setVgap(8);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        int rows = rowPerStage ? row : (panels.size() + columns - 1) / columns;
        for (int i = 0; i < rows; i++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(constraints);
        }
        List<ChartPane> panes = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            // Two panels across are as wide as the dashboard's charts; three or four are narrower.
            ChartPane pane = ChartFactory.create(ChartData.of(panels.get(i)).drawnNarrow(Math.min(1, 2.0 / columns)));
            pane.chart().setTitle(captions.get(i));
            pane.legendWithoutNotes();
            if (rowPerStage) {
                // A panel a quarter of the page wide and half its height cannot hold the turned value-axis
                // title (it read "7-day p…"); the page's title names the measure above all of them.
                pane.chart().getYAxis().setLabel(null);
            }
            panes.add(pane);
            grid.addPanel(pane, cells.get(i)[0], cells.get(i)[1]);
        }
        VBox panelsWithNotes = new VBox(4, grid, ChartPane.notesOf(panes));
        VBox.setVgrow(grid, Priority.ALWAYS);
        return new ChartPage(title, subtitle, panelsWithNotes, provenance);
    }

    /** A file name for a save dialog, e.g. {@code loopwatch-rolling-2022-01-04-to-2022-02-20.png}. */
    public String suggestedFileName() {
        return "loopwatch-" + data.kind().code() + "-" + data.request().from() + "-to-" + data.request().to() + ".png";
    }
}
