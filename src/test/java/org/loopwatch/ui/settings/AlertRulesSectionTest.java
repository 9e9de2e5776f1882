package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;

import java.util.OptionalDouble;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.ui.ComboBoxes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings → Alerts driven by its ids on a real database file (issue 21). */
@Tag("gui")
class AlertRulesSectionTest extends SettingsScreenOnADatabase {

    @Start
    void start(Stage stage) {
        showSettingsOn(stage);
    }

    @Test
    void aPersonSetsAnInLoopRuleForOneGroupAndSeesItListed(FxRobot robot) {
        robot.clickOn("#settingsTabAlerts");
        ComboBoxes.choose(robot, "#alertRuleGroup", "Media");
        ComboBoxes.choose(robot, "#alertRuleStage", "In-loop");
        replace(robot, "#alertRuleAlpha", "0.005");
        replace(robot, "#alertRuleMinPositives", "3");
        replace(robot, "#alertRuleThreshold", "0.1");
        robot.clickOn("#alertRuleSave");

        long media = fixture.groupId("Media");
        waitUntil(() -> !database.alertRules().load().rules().isEmpty());
        assertThat(database.alertRules().load().ruleFor(media, org.loopwatch.domain.Stage.IN_LOOP))
                .isEqualTo(new AlertRule(0.005, 3, OptionalDouble.of(0.001)));
        waitUntil(() -> !robot.lookup("#alertRuleList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#alertRuleList").<String>queryListView().getItems())
                .containsExactly("Media, In-loop: α 0.005, at least 3 positives; or positivity above 0.10 %");
        assertThat(robot.lookup("#alertRuleOrigin").queryAs(Label.class).getText())
                .isEqualTo("This group has its own rule for this stage.");
    }

    @Test
    void aBadAlphaIsExplainedAndSaveStaysOff(FxRobot robot) {
        robot.clickOn("#settingsTabAlerts");
        replace(robot, "#alertRuleAlpha", "5");

        waitUntil(() -> robot.lookup("#alertRuleProblem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#alertRuleProblem").queryAs(Label.class).getText()).startsWith("α must be a number");
        assertThat(robot.lookup("#alertRuleSave").queryButton().isDisabled()).isTrue();
        assertThat(database.alertRules().load().rules()).isEmpty();
    }

    private static void replace(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
    }
}
