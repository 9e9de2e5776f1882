package org.loopwatch.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * SQLite's {@code quick_check} of a file opened for reading, run on a thread of its own while the
 * caller reads and computes (decision 0042): the same check, with the same message for a damaged
 * file, as {@link Database#openForReading} runs before it returns, but beside the work rather than
 * before it. It reads every page of the file — 7 % of a ten-year briefing's time on one core.
 */
final class IntegrityCheck {

    /** For a database checked in full before it was handed out, or one SQLite does not hold. */
    static final IntegrityCheck DONE = new IntegrityCheck(CompletableFuture.completedFuture(null));

    private final CompletableFuture<Void> verdict;

    private IntegrityCheck(CompletableFuture<Void> verdict) {
        this.verdict = verdict;
    }

    /** Starts checking {@code file}; returns at once. */
    static IntegrityCheck start(Path file) {
        CompletableFuture<Void> verdict = new CompletableFuture<>();
        // Its own thread: the common pool has one worker on two cores, and the caller's computations use it.
        Thread thread = new Thread(() -> {
            try {
                DatabaseFileInspector.requireUndamaged(file);
                verdict.complete(null);
            } catch (RuntimeException | Error failed) {
                verdict.completeExceptionally(failed);
            }
        }, "loopwatch-integrity-check");
        thread.setDaemon(true);
        thread.start();
        return new IntegrityCheck(verdict);
    }

    /** Waits for the check; throws what opening would have thrown for a damaged file. */
    void require() {
        try {
            verdict.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw failed;
        }
    }

    /** Waits for the check to end, whatever it found (its connection is closed then). */
    void awaitQuietly() {
        try {
            verdict.join();
        } catch (CompletionException ignored) {
            // Reported by require(), if anyone asks; closing reports nothing.
        }
    }
}
