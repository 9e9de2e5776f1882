package org.loopwatch.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The {@link TaskExecutor} of view-model tests: work and its callback run at once on the calling
 * thread, so when a view-model method returns, everything it asked for is done and the test can
 * assert on it. No toolkit, no background thread, no waiting. An {@link Error}, or an exception
 * thrown by a callback, fails the test instead of reaching {@code onFailure}.
 *
 * <p>A test of what happens while work is still under way (the person types on, or cancels)
 * calls {@link #hold()}, acts, and then {@link #release()}: held work waits in a queue and then
 * runs in the order it was asked for, as on the app's one background thread. Work handed to
 * {@link #runBeside} runs at once even then, as on the app's second thread beside a write under way.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final Queue<Runnable> held = new ArrayDeque<>();
    private boolean holding;
    private boolean closed;
    private int ran;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return;
        }
        Runnable job = () -> {
            ran++;
            callThenTell(work, onSuccess, onFailure);
        };
        if (holding) {
            held.add(job);
        } else {
            job.run();
        }
    }

    /* Beside the queue: at once, also while the queue is held (a write waiting for the disk). */
    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (!closed) {
            callThenTell(work, onSuccess, onFailure);
        }
    }

    private static <T> void callThenTell(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    /** How many pieces of work {@link #run} has run so far (not {@link #runBeside}'s). */
    public int ran() {
        return ran;
    }

    @Override
    public void later(Runnable action) {
        if (!closed) {
            action.run();
        }
    }

    /** From now on work waits until {@link #release()}. */
    public void hold() {
        holding = true;
    }

    /** Runs the held work in order, and whatever it asks for in turn, then runs work at once again. */
    public void release() {
        holding = false;
        while (!held.isEmpty() && !closed) {
            held.remove().run();
        }
    }

    @Override
    public void close() {
        closed = true;
        held.clear();
    }
}
