package org.loopwatch.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column titles whole at every zoom. A table whose columns share its width (a constrained resize
 * policy) squeezed them at 175–200 % until "Date" read "D…"; each column is now at least as wide as
 * its title in the window's text size, and when they do not all fit the table scrolls sideways
 * inside itself — the screen around it does not.
 */
public final class TableHeaders {

    private TableHeaders() {
    }

    /** Keeps every column of {@code table} as wide as its title, in the text size {@code sameTextSize} is shown in. */
    public static void keepWhole(TableView<?> table, Labeled sameTextSize) {
        sameTextSize.fontProperty().addListener((observable, before, after) -> widen(table, after));
        widen(table, sameTextSize.getFont());
    }

    private static void widen(TableView<?> table, Font font) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            Text title = new Text(column.getText());
            title.setFont(font);
            // The header's padding and the room for a sort arrow: about two and a half letters.
            column.setMinWidth(Math.ceil(title.getLayoutBounds().getWidth() + 2.5 * font.getSize()));
        }
    }
}
