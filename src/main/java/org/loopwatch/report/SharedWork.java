package org.loopwatch.report;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work handed to the common pool that the thread needing its result does itself when the pool has
 * not begun it by then. On two cores the common pool has one worker: a second piece of work queued
 * behind the first would keep the caller waiting while the caller's own core had nothing to do
 * (the ten-year briefing's main thread waited 30–50 ms for its provenance this way; decision 0081).
 * The work runs once, on whichever thread takes it first.
 */
final class SharedWork<T> {

    private final FutureTask<T> task;

    private SharedWork(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Queues {@code work} on the common pool and returns at once. */
    static <T> SharedWork<T> start(Supplier<T> work) {
        SharedWork<T> shared = new SharedWork<>(work);
        ForkJoinPool.commonPool().execute(shared.task);
        return shared;
    }

    /**
     * The result: computed here if no thread has begun the work yet, else waited for. A failure of
     * the work is thrown here as it was thrown there (an unchecked exception or an error).
     */
    T result() {
        task.run(); // does nothing when another thread has begun or finished the work
        try {
            return task.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for shared work");
        }
    }
}
