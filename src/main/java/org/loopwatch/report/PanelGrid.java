package org.loopwatch.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.loopwatch.report.chart.fx.ChartPane;

/**
 * The small multiples of an exported chart page, a grid of equal cells, whose panels side by side
 * have their titles and plots on one line. A panel's legend wraps to as many lines as its names
 * need (four groups take two, two rollups one); each legend of a row is given the height of the
 * row's tallest, so every chart of the row gets the same height above it. Without that, the
 * rollups' panel drew its title and plot lower and taller than its neighbours'.
 */
final class PanelGrid extends GridPane {

    private final List<ChartPane> panels = new ArrayList<>();

    PanelGrid() {
        getStyleClass().add("export-panels");
        setMinSize(0, 0);
    }

    /** Puts a panel into its cell. */
    void addPanel(ChartPane panel, int column, int row) {
        panel.setMinSize(0, 0); // squeezed to the page rather than over the title and footer
        panels.add(panel);
        add(panel, column, row);
    }

    @Override
    protected void layoutChildren() {
        int columns = Math.max(1, getColumnConstraints().size());
        double cellWidth = (getWidth() - snappedLeftInset() - snappedRightInset() - getHgap() * (columns - 1)) / columns;
        Map<Integer, Double> tallest = new HashMap<>();
        for (ChartPane panel : panels) {
            if (panel.getBottom() instanceof Region legend) {
                // A legend's preferred height is its content's, whatever minimum it was given last time.
                double height = legend.prefHeight(cellWidth - panel.snappedLeftInset() - panel.snappedRightInset());
                tallest.merge(rowOf(panel), height, Math::max);
            }
        }
        for (ChartPane panel : panels) {
            if (panel.getBottom() instanceof Region legend) {
                legend.setMinHeight(tallest.get(rowOf(panel)));
            }
        }
        super.layoutChildren();
    }

    private static int rowOf(Node panel) {
        Integer row = GridPane.getRowIndex(panel);
        return row == null ? 0 : row;
    }
}
