package org.loopwatch.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The real shell at 1280×800 with the shared stylesheet, showing the given screens. */
public final class ShellWithScreens {

    private ShellWithScreens() {
    }

    public static ShellViewModel show(Stage stage, Function<Screen, Node> screens, Screen first) {
        ShellViewModel shell = new ShellViewModel();
        shell.show(first);
        ShellView view = new ShellView(shell, screen -> {
            Node node = screens.apply(screen);
            return node != null ? node : new PlaceholderScreen(screen, "another screen");
        });
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource("loopwatch.css")).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        return shell;
    }
}
