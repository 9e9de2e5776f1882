package org.loopwatch.ui.audit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.loopwatch.store.AuditAction;
import org.loopwatch.ui.IsoDatePicker;

/**
 * The audit log: filters on top, every change in a table (newest first), a footer with the count
 * and "Show more". Ctrl+C (or the context menu) copies the selected rows as text.
 */
public final class AuditView extends VBox implements org.loopwatch.ui.FocusWhenShown {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(AuditView.class);

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final AuditViewModel viewModel;
    private final TableView<AuditRow> table = new TableView<>();

    public AuditView(AuditViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        getStyleClass().add("audit-screen");
        // Hidden screens stay out of the way of a save; shown again, they catch up (RefreshWhileShown).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));
        getStylesheets().add(Objects.requireNonNull(AuditView.class.getResource("audit.css"), "audit.css")
                .toExternalForm());
        Label title = new Label(TEXT.get("audit.title"));
        title.getStyleClass().add("screen-title");
        Label problem = new Label();
        problem.setId("auditProblem");
        problem.getStyleClass().add("audit-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, filters(), problem, table(), detail(), footer());
        viewModel.refresh();
    }

    private FlowPane filters() {
        DatePicker from = datePicker("auditFrom", TEXT.get("audit.from.tooltip"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("auditTo", TEXT.get("audit.to.tooltip"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<FilterChoice<Long>> group = new ComboBox<>(viewModel.groupChoices());
        group.setId("auditFilterGroup");
        group.valueProperty().bindBidirectional(viewModel.groupProperty());
        ComboBox<FilterChoice<AuditAction>> action = new ComboBox<>(viewModel.actionChoices());
        action.setId("auditFilterAction");
        action.valueProperty().bindBidirectional(viewModel.actionProperty());
        org.loopwatch.ui.ChoiceTooltip.showsChosen(group);
        org.loopwatch.ui.ChoiceTooltip.showsChosen(action);
        Button clear = new Button(TEXT.get("audit.clear"));
        clear.setId("auditClearFilters");
        clear.setOnAction(event -> viewModel.clearFilters());
        // A flow, so a narrow window wraps the filters to a second line instead of cutting them to "…".
        FlowPane bar = new FlowPane(12, 8, pair(label(TEXT.get("audit.filter.from"), from), from),
                pair(label(TEXT.get("audit.filter.to"), to), to), pair(label(TEXT.get("audit.filter.group"), group), group),
                pair(label(TEXT.get("audit.filter.action"), action), action), clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("audit-filters");
        return bar;
    }

    private static HBox pair(Label label, Node control) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private TableView<AuditRow> table() {
        table.setId("auditTable");
        table.setAccessibleText(TEXT.get("audit.title"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<AuditRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<AuditRow, String> time = column("auditColTime", TEXT.get("audit.col.time"), AuditRow::time, 160);
        // The title states the time zone of the times (SPEC §4: "when (time zone stated)").
        time.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.zoneProperty().get()
                .isEmpty() ? TEXT.get("audit.col.time") : TEXT.format("audit.col.timeIn", viewModel.zoneProperty().get()),
                viewModel.zoneProperty()));
        table.getColumns().add(time);
        // What changed, from what to what, before who and on which desk: at 1024 px the change itself is
        // in view, and who made it is one sideways scroll away (the detail view shows all of a row).
        table.getColumns().add(column("auditColAction", TEXT.get("audit.col.action"), AuditRow::action, 90));
        table.getColumns().add(column("auditColWhat", TEXT.get("audit.col.what"), AuditRow::what, 260));
        table.getColumns().add(column("auditColBefore", TEXT.get("audit.col.before"), AuditRow::before, 165));
        table.getColumns().add(column("auditColAfter", TEXT.get("audit.col.after"), AuditRow::after, 200));
        table.getColumns().add(column("auditColReason", TEXT.get("audit.col.reason"), AuditRow::reason, 130));
        table.getColumns().add(column("auditColUser", TEXT.get("audit.col.user"), AuditRow::user, 90));
        table.getColumns().add(column("auditColDesk", TEXT.get("audit.col.desk"), AuditRow::desk, 90));
        // Columns keep the width of their content (nothing cut to "…"); a narrow window scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.rows().addListener((javafx.collections.ListChangeListener<AuditRow>) change -> fitColumns());
        viewModel.zoneProperty().addListener((observable, before, after) -> fitColumns());
        Label empty = new Label();
        empty.textProperty().bind(viewModel.statusProperty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        MenuItem copy = new MenuItem(TEXT.get("audit.copyRows"));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelection());
        table.setContextMenu(new ContextMenu(copy));
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                copySelection();
                event.consume();
            }
        });
        return table;
    }

    /* Every column as wide as its widest text (header included), up to a cap; longer texts show whole in the detail view. */
    private void fitColumns() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        // The cells' own font, so the zoom setting (a larger root font) widens the columns too.
        probe.setFont(table.lookupAll(".table-cell").stream().filter(node -> node instanceof javafx.scene.control.Labeled)
                .map(node -> ((javafx.scene.control.Labeled) node).getFont()).findFirst().orElse(javafx.scene.text.Font.getDefault()));
        for (TableColumn<AuditRow, ?> column : table.getColumns()) {
            // The header's padding and sort arrow in the text size (30 px cut "Before" to "Bef…" at 200 %).
            double widest = width(probe, column.getText()) + 2.5 * probe.getFont().getSize();
            for (AuditRow row : viewModel.rows()) {
                Object value = column.getCellData(row);
                widest = Math.max(widest, width(probe, value == null ? "" : value.toString()) + 20);
            }
            column.setPrefWidth(Math.min(Math.ceil(widest), 520));
        }
    }

    private static double width(javafx.scene.text.Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /* The selected change in full: when (zone and UTC), who and on which desk, before → after, why. */
    private Node detail() {
        Label heading = new Label(TEXT.get("audit.detail.title"));
        heading.getStyleClass().add("audit-detail-title");
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
        text.setId("auditDetail");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setAccessibleText(TEXT.get("audit.detail.title"));
        text.getStyleClass().add("audit-detail");
        text.setPromptText(TEXT.get("audit.detail.none"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                text.setText(after == null ? "" : after.detail()));
        VBox box = new VBox(4, heading, text);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private HBox footer() {
        Label status = new Label();
        status.setId("auditStatus");
        status.getStyleClass().add("audit-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("auditLoading");
        busy.getStyleClass().add("audit-loading");
        busy.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button more = new Button(TEXT.get("audit.showMore"));
        more.setId("auditShowMore");
        more.visibleProperty().bind(viewModel.moreAvailableProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(viewModel.loadingProperty());
        more.setOnAction(event -> viewModel.showMore());
        Label exported = new Label();
        exported.setId("auditExportMessage");
        exported.setWrapText(true);
        exported.textProperty().bind(viewModel.exportMessageProperty());
        exported.visibleProperty().bind(viewModel.exportMessageProperty().isNotEmpty());
        exported.managedProperty().bind(exported.visibleProperty());
        Button export = new Button(TEXT.get("audit.export"));
        export.setId("auditExport");
        export.setOnAction(event -> chooseExportFile().ifPresent(viewModel::exportTo));
        HBox footer = new HBox(8, new VBox(4, status, exported), busy, spacer, more, export);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private java.util.Optional<java.nio.file.Path> chooseExportFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(TEXT.get("audit.export.chooser"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(TEXT.get("audit.export.filter"), "*.csv"));
        chooser.setInitialFileName(viewModel.suggestedExportName());
        chooser.setInitialDirectory(new java.io.File(System.getProperty("user.home", ".")));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(java.io.File::toPath);
    }

    private void copySelection() {
        List<AuditRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        String text = viewModel.copyText(selected);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static TableColumn<AuditRow, String> column(String id, String title, Function<AuditRow, String> value,
                                                        double width) {
        TableColumn<AuditRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TextWithTooltipCell());
        return column;
    }

    private static DatePicker datePicker(String id, String tooltip) {
        DatePicker picker = new IsoDatePicker(id, TEXT.get("audit.anyDay"));
        picker.setPrefWidth(130);
        picker.setTooltip(new Tooltip(tooltip));
        return picker;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A cell that shows its full text as a tooltip, since long values are cut off with "…". */
    private static final class TextWithTooltipCell extends TableCell<AuditRow, String> {
        private final Tooltip tooltip = new Tooltip();

        TextWithTooltipCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(empty ? null : item);
            tooltip.setText(blank ? "" : item);
            setTooltip(blank ? null : tooltip);
        }
    }

    /** The table: arrows move through the rows, Ctrl+C copies them, with no click first. */
    @Override
    public void focusWhenShown() {
        table.requestFocus();
    }
}
