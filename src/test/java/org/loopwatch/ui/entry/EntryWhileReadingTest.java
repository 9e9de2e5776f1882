package org.loopwatch.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.ui.CurrentThreadTaskExecutor;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Daily entry in the moment between appearing and having read the groups and the day (seconds on a
 * busy desk): it says that it is reading — not "No active groups: add one in Settings." — and shows
 * no red "Choose a group." before anything was typed (both seen in issue 15's walk).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class EntryWhileReadingTest {

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest();

    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void untilTheDayIsReadTheGridSaysSoAndNoProblemIsShown(FxRobot robot) {
        CurrentThreadTaskExecutor tasks = fixture.synchronousTasks();
        tasks.hold();
        robot.interact(() -> {
            stage.setScene(new Scene(new EntryView(new EntryViewModel(fixture.services())), 1024, 700));
            stage.show();
        });

        assertThat(robot.lookup("#entryGridSummary").queryAs(Label.class).getText())
                .isEqualTo("Reading the groups and the day…");
        assertThat(robot.lookup("#entryMessages .entry-message-error").queryAll()).isEmpty();

        robot.interact(tasks::release);

        assertThat(robot.lookup("#entryGridSummary").queryAs(Label.class).getText())
                .isEqualTo("0 of 8 entered, 8 missing.");
        assertThat(robot.lookup("#entryMessages .entry-message-error").queryAll()).isEmpty();
    }
}
