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

    /** File → New database… makes a new file and switches to it; Open database… switches back; the status bar follows. */
    @Test
    void newDatabaseAndOpenDatabaseSwitchTheWindowAndTheStatusBarNamesTheFile() throws Exception {
        Path first = folder.resolve("airport.db");
        Path made = folder.resolve("hotels.db");
        app.start(ChosenFilesApp.class, first);
        app.waitUntil(() -> app.status(DATABASE).contains(first.toString()));

        ChosenFilesApp.chosen = made;
        app.clickOn("#menuFile").clickOn("#menuNewDatabase");
        app.waitUntil(() -> app.status(DATABASE).contains(made.toString()));
        assertThat(made).exists();
        assertThat(app.status(org.loopwatch.app.AppUnderTest.ROWS)).startsWith("0 ");

        ChosenFilesApp.chosen = first;
        app.clickOn("#menuFile").clickOn("#menuOpenDatabase");
        app.waitUntil(() -> app.status(DATABASE).contains(first.toString()));
        assertThat(app.status(DATABASE)).doesNotContain(made.toString());
    }

    /** The app with File → New/Open database answered by the test instead of the system's file dialogs. */
    public static class ChosenFilesApp extends LoopWatchApp {
        static volatile Path chosen;

        @Override
        DatabaseFileChooser databaseFiles(javafx.stage.Window owner) {
            return new DatabaseFileChooser() {
                @Override
                public java.util.Optional<Path> chooseNew() {
                    return java.util.Optional.ofNullable(chosen);
                }

                @Override
                public java.util.Optional<Path> chooseToOpen() {
                    return java.util.Optional.ofNullable(chosen);
                }
            };
        }
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
