package org.loopwatch.bench;

import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.loopwatch.ui.DialogService;

/** What the benchmarks that drive a real dashboard share: work on the FX thread, threads' CPU, no dialogs. */
final class FxBench {

    private FxBench() {
    }

    /** Runs {@code action} on the FX thread and waits for its result (60 s at most). */
    static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** CPU time of the threads whose names start so, in nanoseconds; 0 while none has started. */
    static long cpuTime(ThreadMXBean threads, String namePrefix) {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(namePrefix)) {
                sum += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
            }
        }
        return sum;
    }

    /** A benchmark never expects a question; any dialog means it went wrong. */
    static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String whatWentWrong, String whatToDo) {
            throw new IllegalStateException(title + ": " + whatWentWrong);
        }

        @Override
        public boolean confirm(String title, String details, String confirmText, String cancelText) {
            throw new IllegalStateException("unexpected question: " + title + " " + details);
        }

        @Override
        public Optional<String> askReason(String title, String question) {
            throw new IllegalStateException("unexpected question: " + title + " " + question);
        }
    }
}
