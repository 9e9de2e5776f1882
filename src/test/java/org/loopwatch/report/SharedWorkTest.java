package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

    @Test
    void theCallerDoesTheWorkWhenEveryPoolWorkerIsBusyAndItRunsOnlyOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                awaitQuietly(release);
            });
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            SharedWork<String> work = SharedWork.start(() -> {
                runs.incrementAndGet();
                ranOn.set(Thread.currentThread());
                return "done";
            });

            assertThat(work.result()).isEqualTo("done");
            assertThat(ranOn.get()).isSameAs(Thread.currentThread());
            release.countDown();
            // The pool reaches the queued task later and finds it done.
            assertThat(ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS)).isTrue();
            assertThat(work.result()).isEqualTo("done");
            assertThat(runs).hasValue(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void workThePoolHasBegunIsWaitedForNotDoneTwice() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        SharedWork<Integer> work = SharedWork.start(() -> {
            runs.incrementAndGet();
            begun.countDown();
            awaitQuietly(finish);
            return 42;
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        finish.countDown();

        assertThat(work.result()).isEqualTo(42);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailureOfTheWorkIsThrownToTheCallerAsItWasThrown() {
        SharedWork<String> work = SharedWork.start(() -> {
            throw new IllegalArgumentException("no group called Referees");
        });

        assertThatThrownBy(work::result).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no group called Referees");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
