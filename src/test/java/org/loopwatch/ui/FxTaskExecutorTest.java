package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's one background thread: callbacks on the FX thread, idle only when all is done, nothing after close. */
@Tag("gui")
class FxTaskExecutorTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWorkRunsInTheBackgroundAndItsResultArrivesOnTheFxThread() throws Exception {
        AtomicReference<String> worker = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean();
        AtomicReference<String> result = new AtomicReference<>();
        try (FxTaskExecutor tasks = new FxTaskExecutor()) {
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

    /* Decision 0062: a computation beside a write under way runs while the write waits, and idle waits for both. */
    @Test
    void workBesideRunsWhileTheStoreThreadIsBusyAndIdleWaitsForIt() throws Exception {
        CountDownLatch writeMayFinish = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch idle = new CountDownLatch(1);
        try (FxTaskExecutor tasks = new FxTaskExecutor()) {
            tasks.run(() -> writeMayFinish.await(10, TimeUnit.SECONDS) ? "written" : "timed out", order::add,
                    failure -> order.add("failed"));
            tasks.runBeside(() -> Thread.currentThread().getName(), thread -> {
                order.add("computed on " + thread);
                writeMayFinish.countDown();
            }, failure -> order.add("failed"));
            tasks.whenIdle(() -> {
                order.add("idle");
                idle.countDown();
            });

            assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order).containsExactly("computed on loopwatch-compute", "written", "idle");
    }

    @Test
    void idleComesOnlyAfterTheWorkThatCallbacksAskedForInTurn() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch idle = new CountDownLatch(1);
        try (FxTaskExecutor tasks = new FxTaskExecutor()) {
            tasks.run(() -> "read", first -> {
                order.add(first);
                tasks.run(() -> "computed", second -> order.add(second), failure -> order.add("failed"));
            }, failure -> order.add("failed"));
            tasks.whenIdle(() -> {
                order.add("idle");
                idle.countDown();
            });

            assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order).containsExactly("read", "computed", "idle");
    }

    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnErrorAndLeavesItIdle() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch idle = new CountDownLatch(1);

        tasks.run(() -> ran.getAndSet(true), value -> ran.set(true), failure -> ran.set(true));
        tasks.whenIdle(idle::countDown);

        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran.get()).isFalse();
    }

    @Test
    void closingAndWaitingLetsTheWorkAskedForBeforeFinish() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
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
        FxTaskExecutor tasks = new FxTaskExecutor();
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
