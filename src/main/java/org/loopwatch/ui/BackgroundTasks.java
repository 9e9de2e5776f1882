package org.loopwatch.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database and file work on one background thread, so the FX thread never waits on disk
 * and writes never race each other. Callbacks land on the FX thread (Task's contract).
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopwatch-store");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then called on the FX
     * thread. After {@link #close()} nothing runs and neither is called: the window is going away,
     * and a callback that arrives late (a screen's read finishing while the app stops) may still ask
     * for more work, which must not fail the shutdown.
     */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // Closed already: the work is dropped with the window.
        }
        return task;
    }

    /** Takes no more work; what runs or waits already still runs, on its own time. */
    @Override
    public void close() {
        executor.shutdown();
    }

    /**
     * Takes no more work and waits up to {@code patience} for the work that runs or waits already
     * (a save pressed just before quitting still lands); then interrupts what still runs and drops
     * what never started, and waits as long again. Interrupting is safe for the database: a write
     * is one SQLite transaction, which commits whole or not at all.
     *
     * @return true when the background thread has stopped
     */
    public boolean closeAndWait(Duration patience) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            executor.shutdownNow();
            return executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
