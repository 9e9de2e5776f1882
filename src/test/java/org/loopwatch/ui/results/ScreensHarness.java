package org.loopwatch.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.ShellViewModel;
import org.loopwatch.ui.data.DataView;
import org.loopwatch.ui.data.DataViewModel;
import org.loopwatch.ui.entry.EntryView;
import org.loopwatch.ui.entry.EntryViewModel;

/**
 * The main window as the app builds it, with the real entry and data screens and real dialogs,
 * on a database in a fresh temporary folder, at 1280×800. For TestFX tests.
 */
public final class ScreensHarness implements AutoCloseable {

    public final Path folder;
    public final ScreenFixture fixture;
    public final ShellViewModel shell = new ShellViewModel();
    public final Scene scene;

    /** Call from a TestFX {@code @Start} method. */
    public ScreensHarness(Stage stage, Screen first) throws IOException {
        folder = Files.createTempDirectory("loopwatch-screens");
        fixture = new ScreenFixture(folder, new FxDialogService(stage));
        shell.show(first);
        ShellView view = new ShellView(shell, this::create);
        scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource("loopwatch.css")).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Node create(Screen screen) {
        return switch (screen) {
            case ENTRY -> new EntryView(new EntryViewModel(fixture.services));
            case DATA -> new DataView(new DataViewModel(fixture.services));
            default -> new PlaceholderScreen(screen, "not part of this test");
        };
    }

    @Override
    public void close() throws IOException {
        fixture.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
