package org.loopwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.loopwatch.io.DemoDatabase;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.TaskExecutor;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.DialogService;
import org.loopwatch.ui.StatusSnapshot;

/**
 * The database the window works on, and switching to another one (e.g. the demo database). All
 * opening and closing runs on the background thread: the new file is opened first, and only when
 * that worked is the old one closed, so a failed switch leaves the window on its database.
 * Each opened database gets fresh {@link AppServices} with its own {@link DataChanges}, so
 * screens built for the old database are never told to refresh from a closed file.
 */
final class ActiveDatabase implements AutoCloseable {

    /** A database just opened, handed to the FX thread. */
    record Opened(AppServices services, StatusSnapshot status, boolean demo) {
    }

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final List<Consumer<Opened>> listeners = new ArrayList<>();
    private volatile Database database;
    private AppServices services;
    private boolean demo;

    ActiveDatabase(TaskExecutor tasks, DialogService dialogs, Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Calls {@code listener} on the FX thread each time a database has been opened. */
    void whenOpened(Consumer<Opened> listener) {
        listeners.add(listener);
    }

    /** The services of the open database; empty until one is open. FX thread. */
    Optional<AppServices> services() {
        return Optional.ofNullable(services);
    }

    /** True when the open database is the demo. FX thread. */
    boolean isDemo() {
        return demo;
    }

    /**
     * Opens {@code file} (creating it when missing) and makes it the window's database.
     *
     * @param asDemo fill a new file with the demo data set; an existing file must be a demo database
     */
    void open(Path file, boolean asDemo, Consumer<Throwable> onFailure) {
        tasks.run(() -> openInBackground(file, asDemo), opened -> {
            services = opened.services();
            demo = opened.demo();
            listeners.forEach(listener -> listener.accept(opened));
        }, onFailure);
    }

    private Opened openInBackground(Path file, boolean asDemo) {
        Database old = database;
        boolean existed = Files.exists(file);
        Database next = Database.open(file, OpenMode.CREATE_IF_MISSING, clock);
        try {
            if (asDemo && !DemoDatabase.isDemo(next)) {
                if (existed && next.results().count() > 0) {
                    throw new IllegalStateException(next.file() + " exists and is not the demo database, so it was "
                            + "left as it is. Move or rename it to open the demo.");
                }
                DemoDatabase.populate(next, clock);
            }
        } catch (RuntimeException e) {
            if (existed) {
                next.close();
            } else {
                // Only a file opened moments ago and not filled; never anyone's data.
                next.closeAndDelete();
            }
            throw e;
        }
        database = next;
        if (old != null) {
            old.close();
        }
        AppServices opened = new AppServices(next, tasks, dialogs, new DataChanges(), clock);
        return new Opened(opened, StatusReader.read(next), DemoDatabase.isDemo(next));
    }

    /** Closes the open database; call after the background thread has stopped. */
    @Override
    public void close() {
        Database open = database;
        if (open != null) {
            open.close();
        }
    }
}
