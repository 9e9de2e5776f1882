package org.loopwatch.ui;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Waits for the moment a test may measure or photograph what the windows show: the screens'
 * background work has finished (reads, and the work their callbacks asked for in turn), a CSS and
 * layout pass has run after the last callback, and no node of a showing window (dialogs and popups
 * included) waits for another layout. The toolkit is asked each of these, where rounds of
 * {@code waitForFxEvents} could only guess that enough time had passed (TestTiersTest forbids them).
 */
public final class WindowsAtRest {

    private static final long WAIT_SECONDS = 30;

    private WindowsAtRest() {
    }

    /** Returns once {@code tasks} is idle and every showing window is laid out after its last callback. */
    public static void await(FxTaskExecutor tasks) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            awaitIdle(tasks);
            awaitLayoutPass();
            // Both at one moment on the FX thread: a layout that asked for more work, or a callback
            // that landed after the pass, goes round again.
            if (UiTestDatabase.onFx(() -> tasks.isIdle() && showingWindows().stream().allMatch(WindowsAtRest::laidOut))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the windows did not come to rest within " + WAIT_SECONDS + " s");
            }
        }
    }

    /**
     * Returns once a layout pass has run and left every showing window laid out, without waiting
     * for background work: for a dialog that work waits on (a question asked in the middle of an
     * import), where the work cannot finish before the dialog is answered.
     */
    public static void awaitLayout() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        do {
            awaitLayoutPass();
            if (UiTestDatabase.onFx(() -> showingWindows().stream().allMatch(WindowsAtRest::laidOut))) {
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the windows were not laid out within " + WAIT_SECONDS + " s");
    }

    /** Returns once the background thread has finished everything asked for so far and the FX thread has run the callbacks. */
    static void awaitIdle(FxTaskExecutor tasks) {
        CountDownLatch idle = new CountDownLatch(1);
        tasks.whenIdle(idle::countDown);
        await(idle, "the background work did not finish");
    }

    /* One pulse from now: CSS and layout of every scene, then the scene's post-layout listeners. */
    private static void awaitLayoutPass() {
        CountDownLatch passed = new CountDownLatch(1);
        UiTestDatabase.onFx(() -> {
            Scene scene = showingWindows().getFirst().getScene();
            Runnable listener = new Runnable() {
                @Override
                public void run() {
                    passed.countDown();
                    // Not while the scene walks its listeners.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            };
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        await(passed, "no layout pass ran");
    }

    private static List<Window> showingWindows() {
        return Window.getWindows().stream().filter(window -> window.isShowing() && window.getScene() != null).toList();
    }

    /*
     * A node that asks for layout marks its parents up to the scene's root, and the next pulse lays
     * out from there. (Not the whole tree: virtualized lists keep their spare cells marked and lay out
     * the cells they show themselves.)
     */
    private static boolean laidOut(Window window) {
        return !window.getScene().getRoot().isNeedsLayout();
    }

    private static void await(CountDownLatch latch, String failure) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(failure + " within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
