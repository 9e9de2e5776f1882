package org.loopwatch.ui.dashboard;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.text.Texts;

/**
 * The alert list on the dashboard, above the tiles: a titled pane whose title counts the
 * open and acknowledged alerts; opened, the list (acknowledged alerts marked, not hidden), a note
 * and "Acknowledge".
 */
final class AlertListPanel extends TitledPane {

    private static final Texts TEXT = Texts.of(AlertListPanel.class);

    AlertListPanel(AlertListViewModel viewModel) {
        setId("dashboardAlerts");
        getStyleClass().add("alert-panel");
        textProperty().bind(viewModel.headingProperty());
        setExpanded(false);

        ListView<AlertListViewModel.Row> list = new ListView<>(viewModel.rows());
        list.setId("alertList");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(TEXT.get("alerts.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AlertListViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("alert-open", "alert-acknowledged");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.explanation() + "\n" + viewModel.status(row));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().add(row.acknowledged() ? "alert-acknowledged" : "alert-open");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null || !viewModel.rows().isEmpty()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });

        TextField note = new TextField();
        note.setId("alertNote");
        note.setPromptText(TEXT.get("alerts.notePrompt"));
        note.setAccessibleText(TEXT.get("alerts.noteLabel"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button acknowledge = new Button(TEXT.get("alerts.acknowledge"));
        acknowledge.setId("alertAcknowledge");
        acknowledge.disableProperty().bind(viewModel.canAcknowledgeProperty().not());
        acknowledge.setOnAction(event -> viewModel.acknowledge());
        note.setOnAction(event -> {
            if (viewModel.canAcknowledgeProperty().get()) {
                viewModel.acknowledge();
            }
        });
        Label message = new Label();
        message.setId("alertMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        setContent(new VBox(8, list, new HBox(8, note, acknowledge), message));
    }
}
