package org.loopwatch.ui;

import java.time.Clock;
import org.loopwatch.store.Database;

/**
 * What the screens share once the database is open: the store, the background thread for all
 * database and file work, dialogs, the change notifications and the clock ("today").
 */
public record AppServices(Database database, TaskExecutor tasks, DialogService dialogs, DataChanges changes,
                          Clock clock) {
}
