package org.loopwatch.ui.csv;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.loopwatch.io.ImportProblem;

/**
 * The import window's table of a refused file's bad rows: line, column and reason. A reason wraps
 * onto as many lines as it takes; the Column column is as wide as what it holds, so the reasons get
 * the rest; sizes follow the window's text size (zoom); Ctrl+C copies the rows chosen.
 */
final class ImportProblemsTable {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ImportProblemsTable.class);
    /* The widest the Column column grows to fit its entries, in multiples of the text size. */
    private static final double MOST_COLUMN_EMS = 18;
    /* Rows whose Column entry is measured. */
    private static final int ROWS_MEASURED = 200;

    private final ObservableList<ImportProblem> problems;
    /* Carries the window's font (theme and zoom): the status line, 1.05em of it. */
    private final Label textSize;

    /** The table of {@code problems}, sized in multiples of {@code textSize}'s font, shown only when there are any. */
    static TableView<ImportProblem> of(ObservableList<ImportProblem> problems, Label textSize) {
        return new ImportProblemsTable(problems, textSize).table();
    }

    private ImportProblemsTable(ObservableList<ImportProblem> problems, Label textSize) {
        this.problems = problems;
        this.textSize = textSize;
    }

    private TableView<ImportProblem> table() {
        TableView<ImportProblem> table = new TableView<>(problems);
        table.setId("importProblems");
        table.setAccessibleText(TEXT.get("import.problems"));
        table.getStyleClass().add("import-problems");
        table.setPlaceholder(new Label(""));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ImportProblem, Long> line = new TableColumn<>(TEXT.get("import.col.line"));
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        line.getStyleClass().add("number-column");
        TableColumn<ImportProblem, String> column = new TableColumn<>(TEXT.get("import.col.column"));
        // A workbook's problem names its cell (Sheet1!D17) beside the column name.
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(columnText(cell.getValue())));

        TableColumn<ImportProblem, String> reason = new TableColumn<>(TEXT.get("import.col.reason"));
        reason.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().reason()));
        reason.getStyleClass().add("reason-column");
        // A reason is a sentence: it wraps onto more lines rather than ending in "…".
        reason.setCellFactory(ignored -> new WrappingCell());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Line and column widths in multiples of the text size, so they grow with the zoom.
        Runnable widths = () -> {
            line.setPrefWidth(5 * em());
            line.setMinWidth(4 * em());
            line.setMaxWidth(6 * em());
            // At most as wide as it needs too: the table's resize policy hands out spare width to
            // every column that can take it, and the reasons are the ones that need it.
            double needed = columnWidth(column.getText());
            column.setPrefWidth(needed);
            column.setMinWidth(5 * em());
            column.setMaxWidth(needed);
            reason.setMinWidth(12 * em());
        };
        textSize.fontProperty().addListener((observable, before, after) -> widths.run());
        // Before the window fits itself to the new rows (the constructor's listener comes after this one).
        problems.addListener((javafx.collections.ListChangeListener<ImportProblem>) change -> widths.run());
        widths.run();
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
        table.visibleProperty().bind(Bindings.isNotEmpty(problems));
        table.managedProperty().bind(table.visibleProperty());
        return table;
    }

    /* "positives", or a workbook's cell with its column: "Sheet1!D17 (positives)". */
    private static String columnText(ImportProblem problem) {
        return problem.cell().isEmpty() ? problem.column() : TEXT.format("import.cellInColumn", problem.cell(), problem.column());
    }

    /*
     * The Column column as wide as its heading and its widest entry, within 6 and 18 em, so that the
     * reasons (sentences, with "did you mean" and the list of groups) get the rest of the window:
     * at a fixed 13 em, a column holding "group" left the reason six lines tall at 1024×700. The
     * first rows decide; a file refused for thousands of rows names the same few columns.
     */
    private double columnWidth(String heading) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(heading);
        probe.setFont(javafx.scene.text.Font.font(textSize.getFont().getFamily(), em()));
        double widest = probe.getLayoutBounds().getWidth();
        for (ImportProblem problem : problems.subList(0, Math.min(problems.size(), ROWS_MEASURED))) {
            probe.setText(columnText(problem));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // The cell's padding on both sides, and room for the heading's sort arrow.
        return Math.min(MOST_COLUMN_EMS * em(), Math.max(6 * em(), widest + 2 * em()));
    }

    /*
     * A table cell whose text wraps to the column's width; the row grows to hold it. (A cell's own
     * wrapText does not make its row taller, so the sentence is a Text wrapped at the column width.)
     */
    private static final class WrappingCell extends javafx.scene.control.TableCell<ImportProblem, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            getStyleClass().add("reason-cell");
            text.getStyleClass().add("reason-text");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            tableColumnProperty().addListener((observable, before, after) -> {
                text.wrappingWidthProperty().unbind();
                if (after != null) {
                    text.wrappingWidthProperty().bind(after.widthProperty()
                            .subtract(javafx.beans.binding.Bindings.createDoubleBinding(
                                    () -> snappedLeftInset() + snappedRightInset() + 2, paddingProperty())));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            text.setText(blank ? "" : item);
            // Read by screen readers and copied as it is; the Text only draws it.
            setText(blank ? null : item);
            setGraphic(blank ? null : text);
        }
    }

    /* The window's text size. */
    private double em() {
        return textSize.getFont().getSize() / 1.05;
    }

    /** Puts {@code text} on the clipboard (Ctrl+C in the table, and the window's Copy all). */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
