package org.loopwatch.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the screens send database and file work, so that the FX thread never waits on disk and
 * view models never touch the toolkit's threads themselves. The app runs {@link FxTaskExecutor}
 * (one background thread, callbacks on the FX thread); view-model tests run a synchronous one, so
 * they need no toolkit and no waiting.
 *
 * <p>Whatever the implementation, work runs one piece at a time in the order it was asked for, and
 * each callback runs on the thread the view models are used on.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Runs {@code work}; then exactly one of the callbacks is called with its result or what it
     * threw. After {@link #close()} nothing runs and neither is called.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code work}, which reads neither the database nor files (a computation from values in
     * memory), beside the work of {@link #run}: it may overlap a write under way, e.g. the dashboard
     * worked out from a save while the save's commit waits for the disk (decision 0062). Callbacks
     * as for {@link #run}; such work runs in order with other such work, in any order with
     * {@link #run}'s, so what it shares with {@link #run}'s work it must guard itself. By default it
     * simply joins {@link #run}'s queue.
     */
    default <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Hands {@code action} to the thread the callbacks run on, e.g. progress reported from inside
     * running work. Returns at once; the action runs later, in order with other callbacks.
     */
    void later(Runnable action);

    /** Stops taking work; work asked for afterwards is dropped with the window. */
    @Override
    void close();
}
