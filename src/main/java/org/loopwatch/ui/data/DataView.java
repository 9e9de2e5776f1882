package org.loopwatch.ui.data;

import java.time.LocalDate;
import java.time.Month;
import org.loopwatch.ui.DateTexts;
import org.loopwatch.ui.TableHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.results.ResultControls;

/**
 * The data screen: filters on top, every stored entry in a sortable table below. Tests,
 * positives and note are edited in place (double-click or F2, Enter to commit); Delete removes
 * the selected entry after a confirmation.
 */
public final class DataView extends VBox implements org.loopwatch.ui.FocusWhenShown {

    private static final Texts TEXT = Texts.of(DataView.class);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /* A group's colour dot and the gap after it (ResultControls.groupLabel), in ems of the cell's text size. */
    private static final double GROUP_DOT_EMS = 1.5;
    /* The most the group column takes for names: "Operating staff" and more, not a 50-letter name. */
    private static final double GROUP_MOST_EMS = 12;

    private final DataViewModel viewModel;
    private final TableView<DataRow> table = new TableView<>();

    public DataView(DataViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        getStyleClass().add("data-screen");
        // Hidden screens stay out of the way of a save; shown again, they catch up (RefreshWhileShown).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));
        getStylesheets().add(Objects.requireNonNull(DataView.class.getResource("data.css"), "data.css")
                .toExternalForm());
        Label title = new Label(TEXT.get("data.title"));
        title.getStyleClass().add("screen-title");
        Label explanation = new Label(TEXT.get("data.explanation"));
        explanation.getStyleClass().add("data-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the explanation
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, explanation, filters(), table, footer());
        viewModel.reload();
    }

    private Node filters() {
        DatePicker from = datePicker("dataFrom", TEXT.get("prompt.from"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("dataTo", TEXT.get("prompt.to"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<String> group = new ComboBox<>(viewModel.groupChoices());
        group.setId("dataGroup");
        group.setAccessibleText(TEXT.get("col.group"));
        group.valueProperty().bindBidirectional(viewModel.groupFilterProperty());
        ComboBox<String> stage = new ComboBox<>(viewModel.stageChoices());
        stage.setId("dataStage");
        stage.setAccessibleText(TEXT.get("col.stage"));
        stage.valueProperty().bindBidirectional(viewModel.stageFilterProperty());
        org.loopwatch.ui.ChoiceTooltip.showsChosen(group);
        org.loopwatch.ui.ChoiceTooltip.showsChosen(stage);
        Button clear = new Button(TEXT.get("filter.clear"));
        clear.setId("dataClearFilters");
        clear.setOnAction(event -> viewModel.clearFilters());
        // A flow, so a narrow window wraps the filters to a second line instead of cutting them to "…".
        // Each list in a box of its own: a flow pane measures its least width by its children's
        // preferred widths, past the list's largest width (loopwatch.css caps it at 175–200 %), and a
        // long group name then held the screen wider than a 1024-px window. A box keeps to the cap.
        FlowPane bar = new FlowPane(12, 8, pair(TEXT.get("filter.from"), from), pair(TEXT.get("filter.to"), to),
                new HBox(group), new HBox(stage), clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("data-filters");
        return bar;
    }

    private static HBox pair(String caption, Control control) {
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setConverter(ResultControls.dates(picker));
        picker.setPrefWidth(175);
        return picker;
    }

    private void buildTable() {
        table.setId("dataTable");
        table.setAccessibleText(TEXT.get("data.title"));
        table.setEditable(viewModel.editable());
        // Several rows can be selected (Shift/Ctrl-click) and copied with Ctrl+C as tab-separated text.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(TEXT.get("table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<DataRow, LocalDate> date = column(TEXT.get("col.date"), DataRow::date, 130);
        date.setId("dataColumnDate");
        date.setCellFactory(column -> new DateCell());
        TableColumn<DataRow, Group> group = column(TEXT.get("col.group"), DataRow::group, 170);
        group.setComparator(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name));
        group.setCellFactory(column -> new GroupCell());
        TableColumn<DataRow, String> stage = column(TEXT.get("col.stage"), row -> row.stage().label(), 150);
        TableColumn<DataRow, String> tests = editableNumber(TEXT.get("col.tests"), DataRow::testsText, ValidationProblem.TESTS);
        tests.setId("dataColumnTests");
        TableColumn<DataRow, String> positives = editableNumber(TEXT.get("col.positives"), DataRow::positivesText,
                ValidationProblem.POSITIVES);
        positives.setId("dataColumnPositives");
        TableColumn<DataRow, String> positivity = column(TEXT.get("col.positivity"), DataRow::positivityText, 120);
        positivity.getStyleClass().add("data-number");
        TableColumn<DataRow, String> note = column(TEXT.get("col.note"), DataRow::note, 240);
        note.setId("dataColumnNote");
        note.setEditable(true);
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setOnEditCommit(event -> viewModel.edit(event.getRowValue(), ValidationProblem.NOTE, event.getNewValue()));
        table.getColumns().setAll(List.of(date, group, stage, tests, positives, positivity, note));
        fitDatesStagesAndGroups(date, stage, group, viewModel.groupChoices());
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);

        SortedList<DataRow> sorted = new SortedList<>(viewModel.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                deleteSelected();
            } else if (COPY.match(event) && table.getEditingCell() == null) {
                event.consume();
                copySelected();
            }
        });
    }

    private static <T> TableColumn<DataRow, T> column(String title, Function<DataRow, T> value, double width) {
        TableColumn<DataRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private TableColumn<DataRow, String> editableNumber(String title, Function<DataRow, String> value, String field) {
        TableColumn<DataRow, String> column = column(title, value, 110);
        column.setEditable(true);
        column.getStyleClass().add("data-number");
        // Sort by the number, not the text: "10" after "9", "2,415" after "336".
        column.setComparator(Comparator.comparingLong(text -> Long.parseLong(text.replace(",", ""))));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> viewModel.edit(event.getRowValue(), field, event.getNewValue()));
        return column;
    }

    private Node footer() {
        Label summary = new Label();
        summary.setId("dataSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label message = new Label();
        message.setId("dataMessage");
        message.getStyleClass().add("data-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        Button delete = new Button(TEXT.get("delete"));
        delete.setId("dataDelete");
        // Delete works on one entry at a time: with several selected, it waits (Ctrl+C copies them).
        delete.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems())
                .isNotEqualTo(1).or(viewModel.busyProperty()).or(Bindings.createBooleanBinding(() -> !viewModel.editable())));
        delete.setOnAction(event -> deleteSelected());
        Region spacer = new Region();
        spacer.setMinWidth(12);
        Label totals = new Label();
        totals.setId("dataTotals");
        totals.getStyleClass().add("data-totals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.textProperty().bind(viewModel.totalsProperty());
        // The count and Delete keep their words whole; the message goes below them, where it wraps
        // (beside them at 175–200 % on a 1024-px window it was cut to "Not …").
        summary.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox bar = new HBox(12, summary, spacer, delete);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableHeaders.keepWhole(table, summary);
        return new VBox(6, totals, bar, message);
    }

    private void copySelected() {
        List<DataRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(DataViewModel.asTabSeparated(selected));
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.copied(selected.size());
    }

    private void deleteSelected() {
        DataRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.delete(selected);
        }
    }

    /* Dates of closed days say so, in words and by style, so an edit asking for a reason is no surprise. */
    private static final class DateCell extends TableCell<DataRow, LocalDate> {
        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            DataRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean closed = row != null && row.closed();
            setText(empty || date == null ? null : closed
                    ? TEXT.format("closed.mark", DateTexts.shown(date)) : DateTexts.shown(date));
            getStyleClass().remove("data-closed-day");
            if (closed) {
                getStyleClass().add("data-closed-day");
            }
        }
    }

    private static final class GroupCell extends TableCell<DataRow, Group> {
        /* A name longer than the column may take is cut; the tooltip says it whole (one per cell, reused). */
        private final Tooltip wholeName = new Tooltip();

        @Override
        protected void updateItem(Group group, boolean empty) {
            super.updateItem(group, empty);
            setText(null);
            if (empty || group == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(ResultControls.groupLabel(group));
            wholeName.setText(group.name());
            setTooltip(wholeName);
        }
    }

    /**
     * Dates, stages and groups read whole at every zoom: the widest date of each month, open or
     * closed (a closed day says so), every stage's name ("In-l…" at 100 % on a 1024-px window), and
     * every group's name beside its colour dot as the groups are now ("Team …" and "Opera…" at
     * 100 % on a 1024-px window while the note column stood empty).
     */
    private static void fitDatesStagesAndGroups(TableColumn<DataRow, ?> date, TableColumn<DataRow, ?> stage,
            TableColumn<DataRow, ?> group, ObservableList<String> groupNames) {
        List<String> dates = new ArrayList<>();
        for (Month month : Month.values()) {
            String shown = DateTexts.shown(LocalDate.of(2022, month, 28));
            dates.add(shown);
            dates.add(TEXT.format("closed.mark", shown));
        }
        TableHeaders.fitCells(date, dates);
        TableHeaders.fitCells(stage, Arrays.stream(Stage.values()).map(Stage::label).toList());
        TableHeaders.fitCells(group, groupNames, GROUP_DOT_EMS, GROUP_MOST_EMS);
    }

    /** The table: arrows move through the rows, Ctrl+C copies them, with no click first. */
    @Override
    public void focusWhenShown() {
        table.requestFocus();
    }
}
