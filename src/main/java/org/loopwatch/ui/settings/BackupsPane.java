package org.loopwatch.ui.settings;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.loopwatch.store.BackupReason;
import org.loopwatch.ui.TableHeaders;

/**
 * Settings › Backups: the list of backups (when, why, how many entries, last entry), "Back up
 * now", and "Restore…" with an inline confirmation that says what will happen. Ids:
 * {@code #backupList #backupNow #backupRestore #backupRestoreConfirm #backupRestoreCancel
 * #backupStatus}.
 */
public final class BackupsPane extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(BackupsPane.class);

    public BackupsPane(BackupsViewModel viewModel) {
        super(10);
        getStyleClass().add("backups-pane");
        getStylesheets().add(Objects.requireNonNull(BackupsPane.class.getResource("backups.css"), "backups.css")
                .toExternalForm());
        Label title = new Label(TEXT.get("backups.title"));
        title.getStyleClass().add("section-title");
        Label explanation = new Label(TEXT.format("backups.explanation", org.loopwatch.store.Backups.DAILY_KEPT,
                viewModel.folderText()));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("backups-explanation");
        explanation.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines rather than clip

        TableView<BackupRow> table = new TableView<>(viewModel.backups());
        table.setId("backupList");
        table.setAccessibleText(TEXT.get("backups.title"));
        TableColumn<BackupRow, String> taken = column(TEXT.get("backups.col.taken"), BackupRow::taken, 220);
        table.getColumns().add(taken);
        TableColumn<BackupRow, String> kind = column(TEXT.get("backups.col.kind"), BackupRow::kind, 130);
        table.getColumns().add(kind);
        table.getColumns().add(column(TEXT.get("backups.col.entries"), BackupRow::entries, 90));
        table.getColumns().add(column(TEXT.get("backups.col.lastEntry"), BackupRow::lastEntry, 240));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(TEXT.get("backups.none"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        fitTimesAndKinds(taken, kind);
        TableHeaders.keepWhole(table, explanation);
        table.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> viewModel.selectedProperty().set(after));
        viewModel.selectedProperty().addListener((o, before, after) -> {
            if (after != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(after);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button backUpNow = new Button(TEXT.get("backups.now"));
        backUpNow.setId("backupNow");
        backUpNow.disableProperty().bind(viewModel.busyProperty());
        backUpNow.setOnAction(event -> viewModel.backUpNow());
        Button restore = new Button(TEXT.get("backups.restoreSelected"));
        restore.setId("backupRestore");
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        restore.setOnAction(event -> viewModel.askToRestore());
        HBox buttons = new HBox(8, backUpNow, restore);

        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(viewModel.pendingRestoreProperty().map(row ->
                TEXT.format("backups.restore.question", row.describe())));
        question.setMinHeight(Region.USE_PREF_SIZE);
        Button confirm = new Button(TEXT.get("backups.restore"));
        confirm.setId("backupRestoreConfirm");
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(event -> viewModel.confirmRestore());
        Button cancel = new Button(TEXT.get("backups.cancel"));
        cancel.setId("backupRestoreCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> viewModel.cancelRestore());
        HBox answers = new HBox(8, confirm, cancel);
        answers.getStyleClass().add("backup-confirmation-buttons");
        VBox confirmation = new VBox(8, question, answers);
        confirmation.setId("backupRestoreConfirmBar");
        confirmation.getStyleClass().add("backup-confirmation");
        confirmation.visibleProperty().bind(viewModel.pendingRestoreProperty().isNotNull());
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.messageProperty());
        viewModel.failedProperty().addListener((o, before, failed) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), failed));

        // The buttons above the list, so they are in view without scrolling past it (issue 15).
        getChildren().addAll(title, explanation, buttons, confirmation, status, table);
        viewModel.refresh();
    }

    private static TableColumn<BackupRow, String> column(String title, Function<BackupRow, String> text, double width) {
        TableColumn<BackupRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /**
     * A backup's time and kind whole at every zoom: the widest time of each month, as BackupRow
     * shows it, and every kind ("Made …" at 200 %).
     */
    private static void fitTimesAndKinds(TableColumn<BackupRow, ?> taken, TableColumn<BackupRow, ?> kind) {
        TableHeaders.fitCells(kind, Arrays.stream(BackupReason.values()).map(BackupReason::label).toList());
        TableHeaders.fitCells(taken, Arrays.stream(Month.values())
                .map(month -> BackupRow.takenText(LocalDateTime.of(2022, month, 28, 18, 28, 28)
                        .atZone(ZoneId.systemDefault()).toInstant()))
                .toList());
    }
}
