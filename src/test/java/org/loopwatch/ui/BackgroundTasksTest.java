package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one background thread: callbacks on the FX thread, and nothing after close. */
class BackgroundTasksTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWorkRunsInTheBackgroundAndItsResultArrivesOnTheFxThread() throws Exception {
        AtomicReference<String> worker = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean();
        AtomicReference<String> result = new AtomicReference<>();
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.run(() -> {
                worker.set(Thread.currentThread().getName());
                return "done";
            }, value -> {
                onFxThread.set(Platform.isFxApplicationThread());
                result.set(value);
            }, failure -> result.set("failed: " + failure));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        }
        assertThat(result.get()).isEqualTo("done");
        assertThat(worker.get()).isEqualTo("loopwatch-store");
        assertThat(onFxThread.get()).isTrue();
    }

    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnError() {
        BackgroundTasks tasks = new BackgroundTasks();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();

        Task<Boolean> task = tasks.run(() -> ran.getAndSet(true), value -> ran.set(true), failure -> ran.set(true));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran.get()).isFalse();
        assertThat(task.getState()).isEqualTo(Worker.State.READY);
    }

    @Test
    void closingAndWaitingLetsTheWorkAskedForBeforeFinish() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean queuedRan = new AtomicBoolean();
        tasks.run(() -> release.await(30, TimeUnit.SECONDS), value -> { }, failure -> { });
        tasks.run(() -> queuedRan.getAndSet(true), value -> { }, failure -> { });

        release.countDown();
        boolean stopped = tasks.closeAndWait(Duration.ofSeconds(30));

        assertThat(stopped).isTrue();
        assertThat(queuedRan.get()).as("the work queued behind the running one, e.g. a save").isTrue();
    }

    @Test
    void closingAndWaitingInterruptsWorkThatDoesNotEndInTime() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        tasks.run(() -> {
            started.countDown();
            try {
                return new CountDownLatch(1).await(1, TimeUnit.HOURS);
            } catch (InterruptedException stop) {
                interrupted.set(true);
                throw stop;
            }
        }, value -> { }, failure -> { });
        started.await();

        boolean stopped = tasks.closeAndWait(Duration.ofMillis(200));

        assertThat(stopped).isTrue();
        assertThat(interrupted.get()).isTrue();
    }
}
