package org.loopwatch.ui;

import org.loopwatch.ui.results.ScriptedDialogs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link AppServices} on a real database file for screen and view-model tests: a fixed clock in
 * UTC (so audit times read 2022-01-22 08:00:00), the real background thread, and dialogs that are
 * recorded instead of shown. Helpers run code on the FX thread and wait for background work.
 */
public final class RealDatabaseServices implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2022-01-22T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final Database database;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AppServices services;

    public RealDatabaseServices(Path folder) {
        database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, CLOCK);
        services = new AppServices(database, tasks, dialogs, new DataChanges(), CLOCK);
    }

    public AppServices services() {
        return services;
    }

    public Database database() {
        return database;
    }

    /** Error dialogs that would have been shown. */
    public List<String> errors() {
        return dialogs.errors;
    }

    /** Runs on the FX thread and waits for it. */
    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Computes on the FX thread and waits for the value. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    /** Waits (up to 10 s) until the condition, checked on the FX thread, holds. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /**
     * Waits until the background thread has finished everything queued so far and the FX thread
     * has run the callbacks, including work those callbacks queued in turn (a save's reloads).
     */
    public void settle() {
        for (int round = 0; round < 3; round++) {
            AtomicBoolean done = new AtomicBoolean();
            onFx(() -> tasks.run(() -> null, ignored -> done.set(true), ignored -> done.set(true)));
            waitUntil(done::get);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Override
    public void close() {
        tasks.close();
        try {
            database.close();
        } catch (RuntimeException alreadyClosed) {
            // A test that closed the database on purpose; nothing left to release.
        }
    }
}
