package org.loopwatch.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.loopwatch.ui.Screen;

/** What a new database shows instead of empty axes: how to get the first numbers in. */
final class DashboardEmptyState extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DashboardEmptyState.class);

    private final Button goToEntry = new Button(TEXT.get("empty.enterFirst"));
    private final Button openDemo = new Button(TEXT.get("empty.openDemo"));

    DashboardEmptyState() {
        super(10);
        setId("dashboardEmpty");
        getStyleClass().add("dashboard-empty");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        Label title = new Label(TEXT.get("empty.title"));
        title.getStyleClass().add("dashboard-empty-title");
        Label enter = text(TEXT.format("empty.enter", Screen.ENTRY.title(), Screen.ENTRY.shortcutText()));
        Label demo = text(TEXT.get("empty.demo"));
        Label after = text(TEXT.get("empty.after"));
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
