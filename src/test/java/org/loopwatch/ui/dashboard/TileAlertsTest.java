package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tile's alert explains itself, and a day that cannot be judged says "no baseline yet" (issue 21). */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class TileAlertsTest {

    @TempDir
    Path folder;

    private UiTestDatabase db;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            stage.setScene(new Scene(new DashboardView(new DashboardViewModel(db.services())), 1280, 800));
            stage.show();
        });
    }

    @Test
    void theBadgeTooltipGivesCountsBaselineAndProbability(FxRobot robot) {
        db = UiTestDatabase.createIn(folder.resolve("january"));
        DashboardFixtures.publishedJanuary(db);
        show(robot);

        waitUntil(() -> robot.lookup("#tile-team-officials .tile-badge").tryQuery().isPresent());
        String detail = robot.lookup("#tile-team-officials .tile-badge").queryAs(Label.class).getTooltip().getText();

        // 14 days before 22 Jan: 8–21 Jan, 1,000 tests a day, the one positive on 10 Jan.
        assertThat(detail).contains("Team officials, In-loop, 22 Jan: 5 positives in 1,000 tests (0.50 %)",
                "baseline 1 of 14,000 on 14 of the 14 days before", "P(X ≥ 5) = ", "below α 0.01");
        assertThat(robot.lookup("#tile-team-officials .tile-no-baseline").tryQuery()).isEmpty();
    }

    @Test
    void theSecondDayOfDataRaisesNoBadgeAndSaysThereIsNoBaselineYet(FxRobot robot) {
        db = UiTestDatabase.createIn(folder.resolve("tokyo"));
        db.row(LocalDate.of(2022, 1, 21), "Athletes", org.loopwatch.domain.Stage.ARRIVAL, 2_290, 0)
                .row(LocalDate.of(2022, 1, 22), "Athletes", org.loopwatch.domain.Stage.ARRIVAL, 3_487, 3).save();
        show(robot);

        waitUntil(() -> robot.lookup("#tile-athletes .tile-no-baseline").tryQuery().isPresent());
        Label note = robot.lookup("#tile-athletes .tile-no-baseline").queryAs(Label.class);

        assertThat(note.getText()).isEqualTo("No alert baseline yet");
        assertThat(note.getTooltip().getText())
                .contains("Athletes, Arrival: no baseline yet (1 of the 14 days before reported, 7 needed)");
        assertThat(robot.lookup(".tile-badge").tryQuery()).isEmpty();
    }

    @Test
    void theAlertListAcknowledgesWithANoteAndKeepsTheAlertMarked(FxRobot robot) {
        db = UiTestDatabase.createIn(folder.resolve("list"));
        DashboardFixtures.publishedJanuary(db);
        show(robot);
        waitUntil(() -> robot.lookup("#dashboardAlerts").queryAs(javafx.scene.control.TitledPane.class).getText()
                .equals("Alerts in the period: 1 not acknowledged, 0 acknowledged"));

        // The pane opens without its slide: while it slides, the note moves down under the robot's
        // pointer, and in a full verify the click meant for it landed on the list above it (the note
        // never had the focus, so the typed text went nowhere).
        robot.interact(() -> robot.lookup("#dashboardAlerts").queryAs(javafx.scene.control.TitledPane.class)
                .setAnimated(false));
        robot.clickOn("#dashboardAlerts");
        waitUntil(() -> robot.lookup("#alertList .list-cell").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn(robot.lookup("#alertList .list-cell").queryAs(javafx.scene.control.ListCell.class));
        assertThat(robot.lookup("#alertAcknowledge").queryButton().isDisabled()).as("a note is needed").isTrue();
        robot.clickOn("#alertNote").write("Delegation hotel, contacts isolated");
        waitUntil(() -> robot.lookup("#alertNote").queryTextInputControl().getText()
                .equals("Delegation hotel, contacts isolated"));
        waitUntil(() -> !robot.lookup("#alertAcknowledge").queryButton().isDisabled());
        robot.clickOn("#alertAcknowledge");

        waitUntil(() -> robot.lookup("#dashboardAlerts").queryAs(javafx.scene.control.TitledPane.class).getText()
                .equals("Alerts in the period: 0 not acknowledged, 1 acknowledged"));
        waitUntil(() -> robot.lookup("#alertList .alert-acknowledged").tryQuery().isPresent());
        assertThat(robot.lookup("#alertList .alert-acknowledged").queryAs(javafx.scene.control.ListCell.class).getText())
                .contains("Team officials, In-loop, 22 Jan", "Delegation hotel, contacts isolated");
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
