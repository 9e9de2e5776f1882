package org.loopwatch.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last guard of Quit: once a person has asked LoopWatch to end, the process is gone within
 * {@link #GRACE} even if something would keep it alive (a toolkit stuck in a dialog's event loop, a
 * thread some library left running). Closing the database is not skipped: {@code System.exit}
 * runs {@link AppShutdown}'s hook; only if that hangs too is the process halted, and then the
 * operating system releases the lock and SQLite's WAL keeps every acknowledged save.
 *
 * <p>Only the real process arms it ({@link Launcher}); a test JVM running the app in-process
 * must never be ended by it.
 */
final class ExitWatchdog {

    /** How long Quit may take before the watchdog ends the process, and again before it halts it. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(ExitWatchdog.class.getName());
    private static final AtomicBoolean ENABLED = new AtomicBoolean();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ExitWatchdog() {
    }

    /** Called by the launcher of the real process only. */
    static void enable() {
        ENABLED.set(true);
    }

    /** Starts the countdown (once); a no-op unless {@link #enable} was called. */
    static void quitRequested() {
        if (!ENABLED.get() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        daemon("loopwatch-exit-watchdog", () -> {
            pause(GRACE);
            LOG.log(System.Logger.Level.WARNING, "LoopWatch had not ended {0} s after Quit; ending it now",
                    GRACE.toSeconds());
            daemon("loopwatch-exit-halter", () -> {
                pause(GRACE);
                LOG.log(System.Logger.Level.ERROR, "Closing took too long; halting the process");
                Runtime.getRuntime().halt(1);
            });
            System.exit(0);
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
