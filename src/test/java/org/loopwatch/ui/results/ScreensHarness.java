package org.loopwatch.ui.results;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellViewModel;
import org.loopwatch.ui.ShellWithScreens;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.data.DataView;
import org.loopwatch.ui.data.DataViewModel;
import org.loopwatch.ui.entry.EntryView;
import org.loopwatch.ui.entry.EntryViewModel;

/**
 * The main window as the app builds it, with the real entry and data screens and real dialogs,
 * on a database in a fresh temporary folder (deleted on close), at 1280×800. For TestFX tests.
 * "Today" in the tests of the entry and data screens is {@link #TODAY}, with or without this window.
 */
public final class ScreensHarness implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2022, 1, 10);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    public final UiTestDatabase fixture;
    public final ShellViewModel shell;
    public final Scene scene;

    /** Call from a TestFX {@code @Start} method. */
    public ScreensHarness(Stage stage, Screen first) throws IOException {
        fixture = UiTestDatabase.createInNewFolder(CLOCK, new FxDialogService(stage));
        shell = ShellWithScreens.show(stage, this::create, first);
        scene = stage.getScene();
    }

    private Node create(Screen screen) {
        return switch (screen) {
            case ENTRY -> new EntryView(new EntryViewModel(fixture.services()));
            case DATA -> new DataView(new DataViewModel(fixture.services()));
            default -> null; // a placeholder
        };
    }

    @Override
    public void close() {
        fixture.close();
    }
}
