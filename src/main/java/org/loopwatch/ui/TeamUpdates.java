package org.loopwatch.ui;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.loopwatch.store.ChangeListener;
import org.loopwatch.store.ConnectionListener;
import org.loopwatch.store.Database;

/**
 * Brings a team database's news to the screens (SPEC §3.1): another desk's save becomes a
 * {@link DataChanges#changed()} (so dashboard, day grid, data table and status bar read again, as
 * after a save of one's own), and a lost or regained connection goes to {@link TeamAccess}. The
 * store calls from its own threads; everything is handed to the screens' thread. Notices that
 * arrive while one is still waiting there are folded into it: eight desks saving at once cost one
 * refresh, not eight.
 */
public final class TeamUpdates implements ChangeListener, ConnectionListener {

    private final TaskExecutor tasks;
    private final DataChanges changes;
    private final TeamAccess access;
    private final AtomicBoolean refreshWaiting = new AtomicBoolean();

    private TeamUpdates(TaskExecutor tasks, DataChanges changes, TeamAccess access) {
        this.tasks = tasks;
        this.changes = changes;
        this.access = access;
    }

    /** Listens to {@code database} for the screens of {@code services}; a file database never calls. */
    public static TeamUpdates attach(Database database, AppServices services) {
        TeamUpdates updates = new TeamUpdates(services.tasks(), services.changes(), services.team());
        database.addChangeListener(updates);
        database.addConnectionListener(updates);
        return updates;
    }

    @Override
    public void changed(Set<String> tables) {
        if (refreshWaiting.compareAndSet(false, true)) {
            tasks.later(() -> {
                refreshWaiting.set(false);
                changes.changed();
            });
        }
    }

    @Override
    public void connectionChanged(boolean connected) {
        tasks.later(() -> access.connectionChanged(connected));
    }
}
