package org.loopwatch.report;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Runs JavaFX work for exports, also in a process with no display at all (the command line at
 * 6 am on a server). Starts the toolkit on Monocle's headless platform with software rendering
 * unless a toolkit is already running (the desktop app, or tests).
 */
public final class HeadlessFx {

    private static boolean started;

    /**
     * JavaFX warns on stderr that it runs from the class path ("Unsupported JavaFX
     * configuration"). On the command line that line is noise in every script's log, and the
     * configuration is deliberate (docs/decisions/0002); keep only severe messages. Held here
     * because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger QUIET_JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /**
     * Starts a headless toolkit if none runs in this process yet. A toolkit that runs already (the
     * desktop app, or tests) is used as it is and its settings are left alone: turning its implicit
     * exit off would keep the desktop app's process alive after its last window closed.
     */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (toolkitRunning()) {
            started = true;
            return;
        }
        QUIET_JAVAFX_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        try {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Platform.startup(() -> ready.complete(null));
            ready.join();
            // Ours alone, with no window ever shown: it must outlive the snapshots taken on it.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            // Started by someone else between the check and here: use it as it is.
        }
        started = true;
    }

    /* Platform.runLater is the public way to ask: it refuses when no toolkit has been started. */
    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    /** Calls {@code work} on the FX thread and waits for its result; rethrows its failure. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        ensureStarted();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw failed;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
