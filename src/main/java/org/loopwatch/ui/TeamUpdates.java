package org.loopwatch.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.loopwatch.store.ChangeListener;
import org.loopwatch.store.ConnectionListener;
import org.loopwatch.store.Database;

/**
 * Brings a team database's news to the screens (SPEC §3.1): another desk's save becomes a
 * {@link DataChanges} notice (so dashboard, day grid, data table and status bar read again, as
 * after a save of one's own), and a lost or regained connection goes to {@link TeamAccess}. The
 * store calls from its own threads; everything is handed to the screens' thread.
 *
 * <p>One refresh at a time (decision 0041): after telling the screens, it waits until the reads
 * they queued on the background thread have run (a marker queued behind them: that thread runs work
 * in order) before telling them again. Notices arriving meanwhile, however many, are folded into
 * that one next refresh, with the union of their tables. Eight desks saving flat out otherwise queued
 * a round of reads per notice on each desk, more than the thread could read, and the screens fell
 * seconds behind. A refresh that only results changed in tells {@link DataChanges#resultsChanged()},
 * so the dashboard reads the results again and keeps its groups, rollups, event and settings.
 */
public final class TeamUpdates implements ChangeListener, ConnectionListener {

    /** The table a result's save, edit or delete notifies; alone, only the results need reading. */
    static final String RESULTS_TABLE = "daily_results";

    private final TaskExecutor tasks;
    private final DataChanges changes;
    private final TeamAccess access;
    private final AtomicBoolean handOverWaiting = new AtomicBoolean();
    /* The tables named by notices not yet passed on; guarded by itself (store thread adds, screens' thread takes). */
    private final Set<String> pending = new HashSet<>();
    /* Screens' thread only: a refresh was passed on and its reads have not all run yet. */
    private boolean refreshing;

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
        synchronized (pending) {
            pending.addAll(tables.isEmpty() ? EVERYTHING : tables);
        }
        if (handOverWaiting.compareAndSet(false, true)) {
            tasks.later(() -> {
                handOverWaiting.set(false);
                if (!refreshing) {
                    refresh();
                }
            });
        }
    }

    /* On the screens' thread: passes the folded notices on, then waits for the reads they cause. */
    private void refresh() {
        Set<String> tables;
        synchronized (pending) {
            tables = Set.copyOf(pending);
            pending.clear();
        }
        if (tables.isEmpty()) {
            return;
        }
        refreshing = true;
        if (tables.equals(Set.of(RESULTS_TABLE))) {
            changes.resultsChanged();
        } else {
            changes.changed();
        }
        // Queued behind every read the screens just asked for; when it runs, those have run.
        tasks.run(() -> null, readsDone -> refreshDone(), failure -> refreshDone());
    }

    private void refreshDone() {
        refreshing = false;
        refresh(); // the notices folded meanwhile, if any
    }

    @Override
    public void connectionChanged(boolean connected) {
        tasks.later(() -> access.connectionChanged(connected));
    }
}
