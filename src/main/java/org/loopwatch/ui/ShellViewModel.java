package org.loopwatch.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the main window: which screen is shown and what the status bar says. Changed only on
 * the FX thread.
 */
public final class ShellViewModel {

    private final ObjectProperty<Screen> currentScreen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper("Opening database…");
    private final ReadOnlyStringWrapper lastSaveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rowCountText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");

    public ObjectProperty<Screen> currentScreenProperty() {
        return currentScreen;
    }

    public void show(Screen screen) {
        currentScreen.set(screen);
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSaveTextProperty() {
        return lastSaveText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rowCountTextProperty() {
        return rowCountText.getReadOnlyProperty();
    }

    /** A line shown above every screen while not empty, e.g. that the open database is the demo. */
    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    public void showNotice(String text) {
        noticeText.set(text == null ? "" : text);
    }

    /** Shows the open database in the status bar. */
    public void databaseOpened(StatusSnapshot status) {
        databaseText.set("Database: " + status.databasePath());
        update(status);
    }

    /** Refreshes the last-save time and row count, e.g. after a save. */
    public void update(StatusSnapshot status) {
        lastSaveText.set(status.lastChangeText());
        rowCountText.set(status.rowCountText());
    }

    /** Shows that the database could not be opened. */
    public void databaseFailed(String fileName) {
        databaseText.set("Database not open: " + fileName);
        lastSaveText.set("");
        rowCountText.set("");
    }
}
