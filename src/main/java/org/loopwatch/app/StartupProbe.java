package org.loopwatch.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.FxTaskExecutor;

/**
 * Start-up measurement and training hook, off unless {@code -Dloopwatch.probe} is set:
 * <ul>
 *   <li>{@code first-frame}: prints {@value #FIRST_FRAME} on stdout once the main window has
 *       rendered its first frame (the start-up harness times process start → this line), and
 *       {@value #SETTLED} once the database is open and the first screen shows its data (the
 *       harness reads peak memory then: the app holding every row);</li>
 *   <li>{@code first-frame-exit}: the same, then quits (start-up benchmark runs);</li>
 *   <li>{@code phases}: as {@code first-frame}, and before it a line {@value #PHASE} per step of
 *       the start with the milliseconds since the process started (where the first frame's time goes);</li>
 *   <li>{@code ready-exit}: waits until the database is open and the first screen is built, prints
 *       {@value #READY} and quits — the training run that records the AOT / class-data cache, so
 *       the cache also covers the classes of opening a database;</li>
 *   <li>{@code train-saves}: the desktop training run (decision 0074): as {@code ready-exit}, but first
 *       makes {@link SaveTraining}'s saves through the Daily entry screen's view model, each shown on
 *       the dashboard, so the cache also holds a save's classes and method profiles. Prints
 *       {@value #TRAINING_FAILED} and what went wrong instead of {@value #READY} when a save fails.</li>
 * </ul>
 */
final class StartupProbe {

    static final String PROPERTY = "loopwatch.probe";
    static final String FIRST_FRAME = "loopwatch-first-frame";
    static final String READY = "loopwatch-ready";
    static final String SETTLED = "loopwatch-settled";
    static final String PHASE = "loopwatch-phase";
    static final String TRAINING_FAILED = "loopwatch-training-failed";
    private static final String PHASES = "phases";

    private StartupProbe() {
    }

    private static String mode() {
        return System.getProperty(PROPERTY, "");
    }

    private static boolean watchesFirstFrame() {
        return mode().startsWith("first-frame") || mode().equals(PHASES);
    }

    /** With {@code phases}: prints that the start has reached {@code step}, and when (ms since the process started). */
    static void phase(String step) {
        if (!mode().equals(PHASES)) {
            return;
        }
        long since = ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
        System.out.println(PHASE + " " + step + " " + since + " " + Thread.currentThread().getName());
    }

    /** Call right after the main window is shown. */
    static void watchFirstFrame(Scene scene) {
        if (!watchesFirstFrame()) {
            return;
        }
        FirstFrame.then(scene, () -> {
            phase("first-frame");
            System.out.println(FIRST_FRAME);
            System.out.flush();
            if (mode().equals("first-frame-exit")) {
                Platform.exit();
            }
        });
    }

    /** Call once the database is open and the screens are built. */
    static void databaseReady(FxTaskExecutor tasks, AppServices services) {
        if (mode().equals("ready-exit")) {
            readyExit();
        } else if (mode().equals("train-saves")) {
            SaveTraining.run(services, tasks, SaveTraining.SAVES, StartupProbe::readyExit, problem -> {
                System.out.println(TRAINING_FAILED + " " + problem);
                System.out.flush();
                Platform.exit();
            });
        } else if (mode().equals("first-frame") || mode().equals(PHASES)) {
            // The first screen reads on the background thread, then computes there from the FX
            // callback; once all of that is done, one more pulse draws it.
            tasks.whenIdle(() -> Platform.runLater(() -> {
                System.out.println(SETTLED);
                System.out.flush();
            }));
        }
    }

    private static void readyExit() {
        System.out.println(READY);
        System.out.flush();
        Platform.exit();
    }
}
