package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open recent switches the window to a database opened before, and the status bar names it. */
@Tag("gui")
class DatabaseMenuAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void openRecentSwitchesToADatabaseOpenedBeforeAndTheStatusBarNamesIt() throws Exception {
        Path first = folder.resolve("airport.db");
        Path second = folder.resolve("hotels.db");
        app.start(first);
        app.waitUntil(() -> app.status(DATABASE).contains(first.toString()));
        app.stop();
        app.start(second);
        app.waitUntil(() -> app.status(DATABASE).contains(second.toString()));

        app.clickOn("#menuFile").clickOn("#menuOpenRecent");
        WaitForAsyncUtils.waitForFxEvents();
        app.clickOn(first.toAbsolutePath().normalize().toString());

        app.waitUntil(() -> app.status(DATABASE).contains(first.toString()));
        assertThat(app.status(DATABASE)).doesNotContain(second.toString());
    }

    @Test
    void helpAboutNamesTheVersionTheOpenDatabaseAndTheLicencesAndF1ListsTheShortcuts() throws Exception {
        Path file = folder.resolve("desk.db");
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));

        app.clickOn("#menuHelp").clickOn("#menuAbout");
        app.waitUntil(() -> app.isShown("#helpText"));

        assertThat(app.text("#helpText")).contains(org.loopwatch.domain.AppVersion.current(), file.toString(),
                "sqlite-jdbc (Apache 2.0)", "Noto Sans SC", "Log file (send it with a problem report): "
                        + org.loopwatch.store.AppLog.file());
        app.type(javafx.scene.input.KeyCode.ENTER);
        app.waitUntil(() -> !app.isShown("#helpText"));
        app.type(javafx.scene.input.KeyCode.F1);
        app.waitUntil(() -> app.isShown("#helpText"));
        assertThat(app.text("#helpText")).contains("Alt+Left", "Ctrl+C", "Daily entry");
    }

    @Test
    void helpUserGuideOpensTheBundledGuide() throws Exception {
        Path file = folder.resolve("desk.db");
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));

        app.clickOn("#menuHelp").clickOn("#menuUserGuide");

        app.waitUntil(() -> app.isShown("#userGuide"));
        String shown = app.lookup("#userGuide .guide-text").queryAll().stream()
                .map(node -> ((javafx.scene.text.Text) node).getText()).collect(java.util.stream.Collectors.joining());
        assertThat(shown).startsWith("LoopWatch user guide").contains("Fix a typo on a closed day")
                .doesNotContain("**", "## ");
        assertThat(app.lookup("#userGuide .guide-figure").queryAll()).hasSize(3);
    }
}
