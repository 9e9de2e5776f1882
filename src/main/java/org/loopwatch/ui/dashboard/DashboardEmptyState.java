package org.loopwatch.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.loopwatch.ui.Screen;

/** What a new database shows instead of empty axes: how to get the first numbers in. */
final class DashboardEmptyState extends VBox {

    private final Button goToEntry = new Button("Enter the first day");
    private final Button openDemo = new Button("Open demo database…");

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
        Label demo = text("Or look around with example data first: File → Open demo database… opens the"
                + " Beijing 2022 closed loop (partly illustrative) in a separate file, never mixed into this one.");
        Label after = text("Tiles and charts appear here as soon as a day is saved.");
        after.getStyleClass().add("dashboard-empty-note");
        goToEntry.setId("emptyGoToEntry");
        goToEntry.setDefaultButton(true);
        openDemo.setId("emptyOpenDemo");
        HBox actions = new HBox(10, goToEntry, openDemo);
        actions.setAlignment(Pos.CENTER);
        actions.visibleProperty().bind(goToEntry.visibleProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        goToEntry.setVisible(false);
        getChildren().addAll(title, enter, demo, actions, after);
    }

    /** Offers the two ways in as buttons; without this the text alone explains them. */
    void offer(Runnable enterFirstDay, Runnable openDemoDatabase) {
        goToEntry.setOnAction(event -> enterFirstDay.run());
        openDemo.setOnAction(event -> openDemoDatabase.run());
        goToEntry.setVisible(true);
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.getStyleClass().add("dashboard-empty-text");
        return label;
    }
}
