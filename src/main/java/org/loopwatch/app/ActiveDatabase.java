package org.loopwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.loopwatch.io.DemoDatabase;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.TaskExecutor;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.DialogService;
import org.loopwatch.ui.StatusSnapshot;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.TeamUpdates;

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

        /** True for a team database (SPEC §3.1). */
        boolean team() {
            return services.team().isTeam();
        }
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
        tasks.run(() -> openInBackground(file, asDemo), this::opened, onFailure);
    }

    /**
     * Connects to a team database (SPEC §3.1) and makes it the window's database; the password is
     * asked for through {@code prompt} when the environment and the password file give none.
     */
    void connect(TeamDatabaseUrl url, PasswordPrompt prompt, Consumer<Throwable> onFailure) {
        tasks.run(() -> switchTo(() -> Database.connect(url, prompt, clock)), this::opened, onFailure);
    }

    private void opened(Opened opened) {
        services = opened.services();
        demo = opened.demo();
        listeners.forEach(listener -> listener.accept(opened));
    }

    private Opened openInBackground(Path file, boolean asDemo) {
        boolean existed = Files.exists(file);
        return switchTo(() -> {
            Database next = Database.open(file, OpenMode.CREATE_IF_MISSING, clock);
            fillDemo(next, existed, asDemo);
            return next;
        });
    }

    /* Opens the next database first; only when that worked is the old one closed. */
    private Opened switchTo(Supplier<Database> opener) {
        Database old = database;
        Database next = opener.get();
        TeamAccess access;
        StatusSnapshot status;
        try {
            access = next.teamUrl().isPresent() ? TeamAccess.team(next.user(), next.roles()) : TeamAccess.singleSeat();
            status = StatusReader.read(next, access);
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        database = next;
        if (old != null) {
            old.close();
        }
        AppServices opened = new AppServices(next, tasks, dialogs, new DataChanges(), clock, access);
        if (access.isTeam()) {
            TeamUpdates.attach(next, opened);
        }
        return new Opened(opened, status, !access.isTeam() && DemoDatabase.isDemo(next));
    }

    private void fillDemo(Database next, boolean existed, boolean asDemo) {
        try {
            if (asDemo && !DemoDatabase.isDemo(next)) {
                if (existed && next.results().count() > 0) {
                    throw new IllegalStateException(org.loopwatch.domain.text.Texts.of(ActiveDatabase.class)
                            .format("demo.notDemo", String.valueOf(next.file())));
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
