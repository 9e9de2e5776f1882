package org.loopwatch.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.loopwatch.domain.text.Texts;

/**
 * State of the main window: which screen is shown and what the status bar says. Changed only on
 * the FX thread.
 */
public final class ShellViewModel {

    private static final Texts TEXT = Texts.of(ShellViewModel.class);

    private final ObjectProperty<Screen> currentScreen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(TEXT.get("status.opening"));
    private final ReadOnlyStringWrapper lastSaveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rowCountText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper("");

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

    /** A banner shown above every screen while a team database's connection is lost; empty otherwise. */
    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    /** The team database's connection was lost ({@code false}) or is back. */
    public void connectionChanged(boolean connected) {
        connectionText.set(connected ? "" : TEXT.get("connection.lost"));
    }

    /** Shows the open database in the status bar. */
    public void databaseOpened(StatusSnapshot status) {
        databaseText.set(status.team().map(seat -> TEXT.format("status.team", seat.address(), seat.user(),
                seat.role().orElse(TEXT.get("status.noRole")))).orElseGet(() -> TEXT.format("status.database", String.valueOf(status.databasePath()))));
        connectionText.set("");
        update(status);
    }

    /** Refreshes the last-save time and row count, e.g. after a save. */
    public void update(StatusSnapshot status) {
        lastSaveText.set(status.lastChangeText());
        rowCountText.set(status.rowCountText());
    }

    /** Shows that the database could not be opened. */
    public void databaseFailed(String fileName) {
        databaseText.set(TEXT.format("status.notOpen", fileName));
        lastSaveText.set("");
        rowCountText.set("");
    }
}
