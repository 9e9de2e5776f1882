package org.loopwatch.app;

import java.time.Duration;
import java.util.function.Supplier;
import org.loopwatch.ui.FxTaskExecutor;

/**
 * Closes the desktop app's database once, whichever comes first: the app stopping (Quit, the
 * window's close button) or the operating system asking the process to end (SIGTERM, logout),
 * which runs the JVM's shutdown hooks but never {@code Application.stop}. The background thread
 * gets a bounded time to finish (a save pressed just before still lands), then the database closes:
 * SQLite folds its WAL back into the file and the lock is released.
 */
final class AppShutdown {

    /** How long the background thread may take to finish, and again after it is interrupted. */
    static final Duration STORE_PATIENCE = Duration.ofSeconds(3);

    private static final System.Logger LOG = System.getLogger(AppShutdown.class.getName());

    private final FxTaskExecutor tasks;
    private final Supplier<ActiveDatabase> database;
    private final Thread hook = new Thread(() -> close("the operating system asked LoopWatch to end"),
            "loopwatch-shutdown");
    private boolean closed;

    /** @param database the app's database once wired, null before */
    AppShutdown(FxTaskExecutor tasks, Supplier<ActiveDatabase> database) {
        this.tasks = tasks;
        this.database = database;
    }

    /** Closes the database also when the process is ended from outside. */
    void hookIntoJvm() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** For {@code Application.stop}: closes now, and the hook is no longer needed. */
    void closeAndUnhook() {
        close("the app stopped");
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending already; the hook runs and finds everything closed.
        }
    }

    /* Synchronized: the hook and stop() may run at once (SIGTERM during Quit); the second waits, then finds it done. */
    private synchronized void close(String why) {
        if (closed) {
            return;
        }
        closed = true;
        LOG.log(System.Logger.Level.INFO, "Closing the database: {0}", why);
        if (!tasks.closeAndWait(STORE_PATIENCE)) {
            LOG.log(System.Logger.Level.WARNING, "Background work did not stop in time; closing the database anyway");
        }
        ActiveDatabase open = database.get();
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.ERROR, "Closing the database failed; SQLite recovers it at the next start", failed);
        }
    }
}
