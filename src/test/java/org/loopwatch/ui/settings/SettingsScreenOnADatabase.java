package org.loopwatch.ui.settings;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.Database;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellWithScreens;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The settings screen alone in the shell, on a fresh database file in a temporary folder, closed
 * after each test: the set-up the robot tests of the settings sections share.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SettingsScreenOnADatabase {

    @TempDir
    Path folder;

    UiTestDatabase fixture;
    Database database;

    /**
     * Opens the database and shows the screen. Each test class calls it from its own {@code @Start}
     * method: TestFX's ApplicationExtension looks for that method on the test class, not its parents.
     */
    void showSettingsOn(Stage stage) {
        fixture = UiTestDatabase.createIn(folder);
        database = fixture.database();
        ShellWithScreens.show(stage, screen -> screen == Screen.SETTINGS
                ? new SettingsView(new SettingsViewModel(fixture.services())) : null, Screen.SETTINGS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }
}
