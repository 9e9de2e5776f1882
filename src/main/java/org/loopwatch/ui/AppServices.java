package org.loopwatch.ui;

import java.time.Clock;
import org.loopwatch.store.Database;

/**
 * What the screens share once the database is open: the store, the background thread for all
 * database and file work, dialogs, the change notifications, the clock ("today") and what the seat
 * may do on a team database ({@link TeamAccess}).
 */
public record AppServices(Database database, TaskExecutor tasks, DialogService dialogs, DataChanges changes,
                          Clock clock, TeamAccess team) {

    /** A database file's services: a single seat, which may do everything. */
    public AppServices(Database database, TaskExecutor tasks, DialogService dialogs, DataChanges changes, Clock clock) {
        this(database, tasks, dialogs, changes, clock, TeamAccess.singleSeat());
    }
}
