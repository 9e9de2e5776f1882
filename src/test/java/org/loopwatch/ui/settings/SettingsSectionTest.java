package org.loopwatch.ui.settings;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.store.Database;
import org.loopwatch.ui.UiTestDatabase;

/**
 * What the view-model tests of the settings sections start from: the settings screen's view model
 * on a fresh test database with every section loaded, as the screen loads them. The FX toolkit
 * runs for the callbacks; nothing is shown.
 */
abstract class SettingsSectionTest {

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest();

    Database database;
    SettingsViewModel settings;

    @BeforeEach
    void loadSettings() {
        database = fixture.database();
        settings = new SettingsViewModel(fixture.services());
        settings.load();
    }
}
