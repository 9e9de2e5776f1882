package org.loopwatch.ui.csv;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.loopwatch.io.ImportProblem;

/**
 * The import window: progress with Cancel while it runs; afterwards the outcome and, for a file
 * that was refused, a table of every bad row (line, column, reason) that can be copied.
 */
public final class CsvImportDialog {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(CsvImportDialog.class);

    private final CsvImportViewModel viewModel;
    private final Stage stage = new Stage();

    public CsvImportDialog(CsvImportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> TEXT.format("import.windowTitle",
                viewModel.fileNameProperty().get()), viewModel.fileNameProperty()));
        Scene scene = new Scene(content(), 760, 460);
        scene.getStylesheets().add(Objects.requireNonNull(
                CsvImportDialog.class.getResource("csv.css"), "csv.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (viewModel.stateProperty().get() == ImportState.RUNNING) {
                viewModel.cancel();
                event.consume(); // stays open to say the cancel rolled everything back
            }
        });
        viewModel.stateProperty().addListener((observable, before, after) -> {
            if (after == ImportState.RUNNING && !stage.isShowing()) {
                stage.show();
            }
        });
    }

    /** Shows the window (it also opens by itself when an import starts). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        Label status = new Label();
        status.setId("importStatus");
        status.getStyleClass().add("import-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE); // wrap long outcomes instead of cutting them off

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(running());
        progress.managedProperty().bind(progress.visibleProperty());

        TableView<ImportProblem> table = problemTable();

        Button copy = new Button(TEXT.get("import.copyAll"));
        copy.setId("importCopy");
        copy.setOnAction(event -> copy(CsvImportViewModel.asText(viewModel.problems())));
        copy.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        Button cancel = new Button(TEXT.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(running());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = new Button(TEXT.get("import.close"));
        close.setId("importClose");
        close.setDefaultButton(true);
        close.setOnAction(event -> stage.hide());
        close.visibleProperty().bind(running().not());
        close.managedProperty().bind(close.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, spacer, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(12, status, progress, table, buttons);
        box.getStyleClass().add("import-dialog");
        box.setPadding(new Insets(16));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<ImportProblem> problemTable() {
        TableView<ImportProblem> table = new TableView<>(viewModel.problems());
        table.setId("importProblems");
        table.getStyleClass().add("import-problems");
        table.setPlaceholder(new Label(""));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ImportProblem, Long> line = new TableColumn<>(TEXT.get("import.col.line"));
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        line.setPrefWidth(60);
        line.getStyleClass().add("number-column");
        TableColumn<ImportProblem, String> column = new TableColumn<>(TEXT.get("import.col.column"));
        // A workbook's problem names its cell (Sheet1!D17) beside the column name.
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cell().isEmpty()
                ? cell.getValue().column() : TEXT.format("import.cellInColumn", cell.getValue().cell(), cell.getValue().column())));
        column.setPrefWidth(90);
        TableColumn<ImportProblem, String> reason = new TableColumn<>(TEXT.get("import.col.reason"));
        reason.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().reason()));
        reason.prefWidthProperty().bind(table.widthProperty().subtract(line.widthProperty())
                .subtract(column.widthProperty()).subtract(20));
        table.getColumns().add(line);
        table.getColumns().add(column);
        table.getColumns().add(reason);
        KeyCombination copyKeys = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(event -> {
            if (copyKeys.match(event)) {
                copy(CsvImportViewModel.asText(table.getSelectionModel().getSelectedItems()));
                event.consume();
            }
        });
        table.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        table.managedProperty().bind(table.visibleProperty());
        return table;
    }

    private javafx.beans.binding.BooleanBinding running() {
        return Bindings.equal(viewModel.stateProperty(), ImportState.RUNNING);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
