package org.loopwatch.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene's first frame is out, for start-up work the first frame need not wait for. */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread right after the pulse that lays out the scene's first frame. */
    static void then(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame of this pulse is rendered right after layout; the action runs after that pulse.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
