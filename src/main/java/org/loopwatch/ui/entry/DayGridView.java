package org.loopwatch.ui.entry;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.results.ResultControls;

/**
 * The chosen day at a glance: one row per active group, one column per stage, each cell showing
 * "positives / tests" or "missing". The cell in the form is outlined; clicking a cell loads it.
 * Cells are skipped by Tab, so the keyboard stays in the form.
 */
final class DayGridView extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DayGridView.class);

    private final EntryViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();

    DayGridView(EntryViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        getStyleClass().addAll("entry-card", "entry-day-card");
        HBox.setHgrow(this, Priority.ALWAYS);
        Label title = new Label();
        title.getStyleClass().add("entry-card-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.dateProperty().get() == null
                ? TEXT.get("grid.titleNoDay") : TEXT.format("grid.title", org.loopwatch.ui.DateTexts.shown(viewModel.dateProperty().get())),
                viewModel.dateProperty()));
        grid.setId("entryGrid");
        grid.getStyleClass().add("entry-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        summary.setId("entryGridSummary");
        summary.getStyleClass().add("entry-grid-summary");
        summary.setWrapText(true);
        Label legend = new Label(TEXT.get("grid.legend"));
        legend.getStyleClass().add("entry-grid-legend");
        legend.setWrapText(true);
        getChildren().addAll(title, grid, summary, legend);
        // Column widths are set in code: they follow the zoom through the text's size (13 px at 100 %).
        summary.fontProperty().addListener((observable, before, after) -> rebuild());
        viewModel.cells().addListener((ListChangeListener<DayCell>) change -> rebuild());
        viewModel.groupProperty().addListener((observable, before, after) -> rebuild());
        viewModel.stageProperty().addListener((observable, before, after) -> rebuild());
        viewModel.dayReadProperty().addListener((observable, before, after) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        // Narrow windows wrap long group names and stage headings rather than cutting them to "…".
        double zoom = summary.getFont().getSize() / 13;
        ColumnConstraints names = new ColumnConstraints(110 * zoom, 170 * zoom, 260 * zoom);
        names.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(names);
        for (Stage stage : Stage.values()) {
            ColumnConstraints column = new ColumnConstraints(100 * zoom, 150 * zoom, 220 * zoom);
            column.setHgrow(Priority.ALWAYS);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
            Label heading = new Label(stage.label());
            heading.getStyleClass().add("entry-grid-heading");
            heading.setWrapText(true);
            heading.setTextAlignment(TextAlignment.CENTER);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(heading, stage.ordinal() + 1, 0);
        }
        int row = 0;
        long missing = 0;
        Group lastGroup = null;
        for (DayCell cell : viewModel.cells()) {
            if (lastGroup == null || lastGroup.id() != cell.group().id()) {
                row++;
                lastGroup = cell.group();
                Label name = ResultControls.groupLabel(cell.group());
                name.setWrapText(true);
                name.setMinHeight(Region.USE_PREF_SIZE);
                grid.add(name, 0, row);
            }
            grid.add(cellButton(cell), cell.stage().ordinal() + 1, row);
            missing += cell.isMissing() ? 1 : 0;
        }
        int total = viewModel.cells().size();
        // Before the first read there are no cells either: that is not "no active groups".
        summary.setText(total == 0 && !viewModel.dayReadProperty().get() ? TEXT.get("grid.reading")
                : total == 0 ? TEXT.get("grid.noGroups")
                : missing == 0 ? TEXT.format("grid.allEntered", total)
                : TEXT.format("grid.someMissing", total - missing, total, missing));
    }

    private Button cellButton(DayCell cell) {
        Button button = new Button(cell.text());
        button.setId(cell.id());
        button.getStyleClass().addAll("entry-cell", cell.isMissing() ? "entry-cell-missing" : "entry-cell-entered");
        if (cell.is(viewModel.groupProperty().get(), viewModel.stageProperty().get())) {
            button.getStyleClass().add("entry-cell-current");
        }
        button.setFocusTraversable(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER);
        button.setOnAction(event -> viewModel.load(cell));
        return button;
    }
}
