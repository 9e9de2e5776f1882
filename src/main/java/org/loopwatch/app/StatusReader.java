package org.loopwatch.app;

import org.loopwatch.store.Database;
import org.loopwatch.ui.StatusSnapshot;

/** Reads what the status bar shows; called on the background thread. */
final class StatusReader {

    private StatusReader() {
    }

    static StatusSnapshot read(Database database) {
        return new StatusSnapshot(database.file().toAbsolutePath(), database.dataAsOf(), database.results().count());
    }
}
