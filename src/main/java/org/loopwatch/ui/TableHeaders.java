package org.loopwatch.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column titles, and the cells of columns whose values have a known widest form (dates, times,
 * stages), whole at every zoom. A table whose columns share its width (a constrained resize
 * policy) squeezed them at 175–200 % until "Date" read "D…" and a date "22 Ja…"; each column is
 * now at least as wide as its title and those cells in the window's text size, and when they do
 * not all fit the table scrolls sideways inside itself — the screen around it does not.
 */
public final class TableHeaders {

    /* Where a column keeps the texts its cells must show whole (see fitCells). */
    private static final Object WIDEST_CELLS = new Object();

    /*
     * The texts a column's cells show whole, the room their graphic takes beside them, and the most
     * the column may take for them (longer texts are cut and say themselves in a tooltip), in ems
     * (the text size).
     */
    private record Widest(List<String> texts, double graphicEms, double mostEms) {
    }

    private TableHeaders() {
    }

    /** Keeps every column of {@code table} as wide as its title, in the text size {@code sameTextSize} is shown in. */
    public static void keepWhole(TableView<?> table, Labeled sameTextSize) {
        sameTextSize.fontProperty().addListener((observable, before, after) -> widen(table, after));
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getProperties().get(WIDEST_CELLS) instanceof Widest widest
                    && widest.texts() instanceof ObservableList<String> live) {
                live.addListener((ListChangeListener<String>) change -> widen(table, sameTextSize.getFont()));
            }
        }
        widen(table, sameTextSize.getFont());
    }

    /**
     * Keeps {@code column} as wide as the widest of {@code widestTexts} as well (call before
     * {@link #keepWhole}): the forms its cells can take whose width differs, e.g. a date in each
     * month, or every stage's name. Measured once per text size, not per row: a table may hold
     * tens of thousands of rows.
     */
    public static void fitCells(TableColumn<?, ?> column, List<String> widestTexts) {
        column.getProperties().put(WIDEST_CELLS, new Widest(List.copyOf(widestTexts), 0, Double.POSITIVE_INFINITY));
    }

    /**
     * Keeps {@code column} as wide as the widest of {@code texts} as they change (e.g. the group
     * names, renamed or added while the screen is open), each beside a graphic about
     * {@code graphicEms} ems wide (a group's colour dot), but no wider than {@code mostEms} ems
     * (12 hold about 20 letters): one very long name must not push the numbers out of a small
     * window; its cells say it whole in a tooltip. Call before {@link #keepWhole}.
     */
    public static void fitCells(TableColumn<?, ?> column, ObservableList<String> texts, double graphicEms, double mostEms) {
        column.getProperties().put(WIDEST_CELLS, new Widest(texts, graphicEms, mostEms));
    }

    private static void widen(TableView<?> table, Font font) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            double widest = width(column.getText(), font);
            if (column.getProperties().get(WIDEST_CELLS) instanceof Widest cells) {
                double cellsWidest = 0;
                for (String text : List.copyOf(cells.texts())) {
                    cellsWidest = Math.max(cellsWidest, width(text, font) + cells.graphicEms() * font.getSize());
                }
                widest = Math.max(widest, Math.min(cellsWidest, cells.mostEms() * font.getSize()));
            }
            // The header's padding and the room for a sort arrow (a cell's padding is less):
            // about two and a half letters.
            column.setMinWidth(Math.ceil(widest + 2.5 * font.getSize()));
        }
    }

    private static double width(String text, Font font) {
        Text shown = new Text(text);
        shown.setFont(font);
        return shown.getLayoutBounds().getWidth();
    }
}
