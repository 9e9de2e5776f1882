package org.loopwatch.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's {@link TaskExecutor}: database and file work on one background thread, so the FX
 * thread never waits on disk and writes never race each other; callbacks land on the FX thread
 * (a {@link Task}'s contract). The only class of the screens that deals with JavaFX's threads.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopwatch-store");
        thread.setDaemon(true);
        return thread;
    });
    /* Computations from values in memory, beside the store's queue (runBeside): no database, no files. */
    private final ExecutorService beside = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopwatch-compute");
        thread.setDaemon(true);
        return thread;
    });
    /* Work asked for whose callback has not finished yet; a callback asking for more work counts it first. */
    private final AtomicInteger unfinished = new AtomicInteger();
    /* Touched on the FX thread only. */
    private final List<Runnable> idleActions = new ArrayList<>();

    /**
     * {@inheritDoc}
     *
     * <p>After {@link #close()} a late call (a screen's read finishing while the app stops may still
     * ask for more work) is dropped and must not fail the shutdown.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    /**
     * {@inheritDoc}
     *
     * <p>On a second background thread of its own; counted by {@link #whenIdle} and {@link #isIdle}
     * like work on the store's thread.
     */
    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(beside, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService thread, Callable<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> finish(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(event -> finish(() -> {
            // The screen says what went wrong in words; the log keeps the trace for whoever fixes it.
            LOG.log(System.Logger.Level.WARNING, "Background work failed", task.getException());
            onFailure.accept(task.getException());
        }));
        unfinished.incrementAndGet();
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            unfinished.decrementAndGet(); // closed already: the work is dropped with the window
        }
    }

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * Runs {@code action} on the FX thread once no work is queued or running and every callback has
     * run, including work those callbacks asked for in turn (a save's reloads): the moment a screen
     * shows everything it asked for. Runs it soon when that is so already.
     */
    public void whenIdle(Runnable action) {
        Platform.runLater(() -> {
            if (unfinished.get() == 0) {
                action.run();
            } else {
                idleActions.add(action);
            }
        });
    }

    /**
     * True when no work is queued or running and every callback has run: what {@link #whenIdle}
     * waits for, asked at one moment (on the FX thread, where the callbacks run, it cannot change
     * while the caller looks).
     */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            if (unfinished.decrementAndGet() == 0 && !idleActions.isEmpty()) {
                List<Runnable> due = List.copyOf(idleActions);
                idleActions.clear();
                due.forEach(Runnable::run);
            }
        }
    }

    /** Takes no more work; what runs or waits already still runs, on its own time. */
    @Override
    public void close() {
        executor.shutdown();
        beside.shutdown();
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
        beside.shutdownNow(); // computations only: nothing of them is kept
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
