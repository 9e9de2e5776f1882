package org.loopwatch.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.loopwatch.ui.Screen;

/** What a new database shows instead of empty axes: how to get the first numbers in. */
final class DashboardEmptyState extends VBox {

    DashboardEmptyState() {
        super(10);
        setId("dashboardEmpty");
        getStyleClass().add("dashboard-empty");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        Label title = new Label("No results yet");
        title.getStyleClass().add("dashboard-empty-title");
        Label enter = text("Enter the first day on " + Screen.ENTRY.title() + " (" + Screen.ENTRY.shortcutText()
                + "): pick the date, group and stage, type the tests and positives, press Enter.");
        Label demo = text("Or look around with example data first: File → Load demo data…");
        Label after = text("Tiles and charts appear here as soon as a day is saved.");
        after.getStyleClass().add("dashboard-empty-note");
        getChildren().addAll(title, enter, demo, after);
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.getStyleClass().add("dashboard-empty-text");
        return label;
    }
}
