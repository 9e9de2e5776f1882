package org.loopwatch.ui.csv;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.loopwatch.io.ImportProblem;
import org.loopwatch.ui.AppearanceStyler;

/**
 * The import window: progress with Cancel while it runs; afterwards the outcome and, for a file
 * that was refused, a table of every bad row (line, column, reason) that can be copied.
 */
public final class CsvImportDialog {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(CsvImportDialog.class);

    private final CsvImportViewModel viewModel;
    private final Stage stage = new Stage();
    private final VBox root;
    /* Carries the root's font (theme and zoom); the problems table sizes itself in multiples of it. */
    private final Label status = new Label();

    public CsvImportDialog(CsvImportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> TEXT.format("import.windowTitle",
                viewModel.fileNameProperty().get()), viewModel.fileNameProperty()));
        root = content();
        // Sized for what it shows (SPEC §5): sizes in csv.css are in em, so the window grows with
        // the zoom; no fixed pixel size that cuts the title, the reason column or a zoomed text.
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                CsvImportDialog.class.getResource("csv.css"), "csv.css").toExternalForm());
        stage.setScene(scene);
        // The look (theme, zoom, language) of the window it belongs to, also when that changes.
        Scene ownerScene = owner == null ? null : owner.getScene();
        if (ownerScene != null) {
            AppearanceStyler.styleLike(root, ownerScene);
            ownerScene.rootProperty().addListener((observable, before, after) -> followOwner(ownerScene));
            if (ownerScene.getRoot() != null) {
                ownerScene.getRoot().getStyleClass().addListener(
                        (javafx.collections.ListChangeListener<String>) change -> followOwner(ownerScene));
            }
        }
        // Escape cancels a running import and closes an ended one, wherever the focus is: a cancel
        // button does only the first, and the list of rows kept Escape for itself.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                if (viewModel.stateProperty().get() == ImportState.RUNNING) {
                    viewModel.cancel();
                } else {
                    stage.hide();
                }
                event.consume();
            }
        });
        stage.setOnShowing(event -> fitToContent());
        stage.titleProperty().addListener((observable, before, after) -> fitToContent());
        viewModel.problems().addListener((javafx.collections.ListChangeListener<ImportProblem>) change -> fitToContent());
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

    private void followOwner(Scene ownerScene) {
        AppearanceStyler.styleLike(root, ownerScene);
        fitToContent();
    }

    /*
     * The window as large as its content asks for (the problem table appears only for a refused
     * file), at least as wide as its title, at most the screen it is on. A window the person
     * maximised stays so.
     */
    private void fitToContent() {
        if (stage.getScene() == null || stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        root.applyCss();
        root.layout();
        javafx.scene.text.Text title = new javafx.scene.text.Text(stage.getTitle() == null ? "" : stage.getTitle());
        // The window manager draws the title in its own font (not zoomed), with buttons beside it.
        title.setFont(javafx.scene.text.Font.getDefault());
        double titleWidth = title.getLayoutBounds().getWidth() + 12 * javafx.scene.text.Font.getDefault().getSize();
        javafx.geometry.Rectangle2D screen = screen().getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(root.prefWidth(-1), titleWidth));
        double height = Math.min(screen.getHeight(), root.prefHeight(width));
        root.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        stage.setMinWidth(Math.min(screen.getWidth(), root.minWidth(-1)));
        stage.setMinHeight(Math.min(screen.getHeight(), root.minHeight(width)));
        stage.setWidth(width + decorationWidth());
        stage.setHeight(height + decorationHeight());
    }

    private javafx.stage.Screen screen() {
        Window owner = stage.getOwner();
        if (owner == null) {
            return javafx.stage.Screen.getPrimary();
        }
        return javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary());
    }

    /*
     * Never below 0: while the window is being shown again (a second import in one sitting), the
     * scene still has its last size and the stage the new one just set, and their difference is no
     * frame — taken as one, the window got a negative width and showing it failed.
     */
    private double decorationWidth() {
        return stage.isShowing() && stage.getScene().getWidth() > 0
                ? Math.max(0, stage.getWidth() - stage.getScene().getWidth()) : 0;
    }

    private double decorationHeight() {
        return stage.isShowing() && stage.getScene().getHeight() > 0
                ? Math.max(0, stage.getHeight() - stage.getScene().getHeight()) : 0;
    }

    /** Shows the window (it also opens by itself when an import starts). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox content() {
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

        TableView<ImportProblem> table = ImportProblemsTable.of(viewModel.problems(), status);

        Button copy = new Button(TEXT.get("import.copyAll"));
        copy.setId("importCopy");
        copy.setOnAction(event -> ImportProblemsTable.copy(CsvImportViewModel.asText(viewModel.problems())));
        copy.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        Button cancel = new Button(TEXT.get("import.cancel"));
        cancel.setId("importCancel");
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

    private javafx.beans.binding.BooleanBinding running() {
        return Bindings.equal(viewModel.stateProperty(), ImportState.RUNNING);
    }
}
