package org.loopwatch.ui.dashboard;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.ui.Tooltips;

/**
 * A dashboard chart under a row with its stage on the left and, when exports are offered, its "Copy"
 * button on the right (and a context menu to copy or export it). The chart's own title says
 * what it shows but not which stage: with arrival and in-loop apart, two charts of the same
 * title stood side by side, and the count charts (both stages added) did not say so. A chart
 * redrawn in place keeps its holder, so the holder follows the chart it shows now: its stage
 * (the count charts keep their id from "apart" to one stage) and the request copying takes (a
 * period moved by a day after a save keeps its length, and its chart).
 */
final class DashboardChartHolder extends SizesKeptVBox {

    /* The holder's button and menu are the dashboard's own words. */
    private static final Texts TEXT = Texts.of(DashboardView.class);

    private final ChartPane pane;
    private final Label stage = new Label();
    private DashboardChart shown;

    DashboardChartHolder(ChartPane pane, DashboardChart chart, Optional<DashboardExportViewModel> exports) {
        super(2);
        this.pane = pane;
        stage.setId("chartStage-" + chart.code());
        stage.getStyleClass().add("chart-stage");
        stage.setWrapText(true);
        stage.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(stage, Priority.ALWAYS);
        // Above the chart, not over it: drawn in its corner, the button covered the chart's title.
        HBox actions = new HBox(8, stage);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("chart-actions");
        exports.ifPresent(model -> actions.getChildren().add(copyButton(chart.code(), model)));
        getChildren().addAll(actions, pane);
        show(chart);
    }

    ChartPane pane() {
        return pane;
    }

    void show(DashboardChart chart) {
        shown = chart;
        String text = chart.request().stage().label();
        if (!text.equals(stage.getText())) {
            stage.setText(text);
        }
    }

    private Button copyButton(String code, DashboardExportViewModel model) {
        Button copy = new Button(TEXT.get("copy"));
        copy.setId("copyChart-" + code);
        copy.getStyleClass().add("copy-chart");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.onFirstHover(copy, TEXT.get("copy.tooltip"));
        copy.setOnAction(event -> model.copyChart(shown.request()));
        MenuItem copyItem = new MenuItem(TEXT.get("copyChart"));
        copyItem.setOnAction(event -> model.copyChart(shown.request()));
        MenuItem exportItem = new MenuItem(TEXT.get("exportChart"));
        exportItem.setOnAction(event -> model.exportChart());
        pane.setOnContextMenuRequested(event -> new ContextMenu(copyItem, exportItem)
                .show(pane, event.getScreenX(), event.getScreenY()));
        return copy;
    }
}
