package org.loopwatch.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of SPEC §9: a bare JavaFX window (a Stage with a Label). Prints
 * {@code loopwatch-first-frame} after its first frame, exactly as LoopWatch's start-up probe
 * does, then quits, so the start-up harness times both the same way.
 */
public final class BareJavaFxWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello from a bare JavaFX window"), 1280, 800);
        stage.setScene(scene);
        stage.show();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                System.out.println("loopwatch-first-frame");
                // Nothing more to load: it holds all it ever will (LoopWatch prints this once its data is shown).
                System.out.println("loopwatch-settled");
                System.out.flush();
                if (!"stay".equals(System.getProperty("loopwatch.probe.bare"))) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Entry point that does not extend Application, so it runs from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareJavaFxWindow.class, args);
        }
    }
}
