package org.loopwatch.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells every screen that the data changed (a save, an undo, an import, a settings change), so
 * the dashboard, tables and status bar refresh without a restart. Used on the FX thread only.
 */
public final class DataChanges {

    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(0);

    /** Increases by one after every successful change; listen to it to refresh. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Call on the FX thread after a write has been committed. */
    public void changed() {
        version.set(version.get() + 1);
    }
}
