package org.loopwatch.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement and training hook, off unless {@code -Dloopwatch.probe} is set:
 * <ul>
 *   <li>{@code first-frame}: prints {@value #FIRST_FRAME} on stdout once the main window has
 *       rendered its first frame (the start-up harness times process start → this line);</li>
 *   <li>{@code first-frame-exit}: the same, then quits (start-up benchmark runs);</li>
 *   <li>{@code ready-exit}: waits until the database is open and the first screen is built, prints
 *       {@value #READY} and quits — the training run that records the AOT / class-data cache, so
 *       the cache also covers the classes of opening a database.</li>
 * </ul>
 */
final class StartupProbe {

    static final String PROPERTY = "loopwatch.probe";
    static final String FIRST_FRAME = "loopwatch-first-frame";
    static final String READY = "loopwatch-ready";

    private StartupProbe() {
    }

    private static String mode() {
        return System.getProperty(PROPERTY, "");
    }

    /** Call right after the main window is shown. */
    static void watchFirstFrame(Scene scene) {
        if (!mode().startsWith("first-frame")) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame of this pulse is rendered right after layout; report once it is through.
            Platform.runLater(() -> {
                System.out.println(FIRST_FRAME);
                System.out.flush();
                if (mode().equals("first-frame-exit")) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Call once the database is open and the screens are built. */
    static void databaseReady() {
        if (mode().equals("ready-exit")) {
            System.out.println(READY);
            System.out.flush();
            Platform.exit();
        }
    }
}
