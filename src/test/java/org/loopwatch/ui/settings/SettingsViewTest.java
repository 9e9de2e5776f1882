package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.onFx;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.store.KeyDate;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen driven by its ids, as a person would, on a real database file. */
@Tag("gui")
class SettingsViewTest extends SettingsScreenOnADatabase {

    @Start
    void start(Stage stage) {
        showSettingsOn(stage);
    }

    @Test
    void aGroupAddedWithTheKeyboardIsListedAndSaved(FxRobot robot) {
        waitUntil(() -> groupList(robot).getItems().size() == 4);

        robot.clickOn("#groupName").write("Broadcasters").type(KeyCode.ENTER);

        waitUntil(() -> groupList(robot).getItems().size() == 5);
        assertThat(onFx(() -> groupList(robot).getItems().getLast().name())).isEqualTo("Broadcasters");
        assertThat(database.groups().findByName("Broadcasters")).isPresent();
        assertThat(robot.lookup("#groupMessage").queryAs(Label.class).getText()).startsWith("Added \u201cBroadcasters\u201d");
        assertThat(robot.lookup("#groupName").queryAs(TextField.class).getText()).isEmpty();
        onFx(() -> ScreenSnapshot.write(robot.lookup("#groupList").query().getScene(), "settings-groups"));
    }

    @Test
    void renamingMovingAndDeactivatingAGroupShowAndPersist(FxRobot robot) {
        waitUntil(() -> groupList(robot).getItems().size() == 4);
        clickCell(robot, "Media");

        TextField rename = robot.lookup("#groupRenameField").queryAs(TextField.class);
        robot.doubleClickOn(rename).eraseText(rename.getText().length()).write("Press").clickOn("#groupRename");
        waitUntil(() -> names(robot).contains("Press"));
        robot.clickOn("#groupUp");
        waitUntil(() -> names(robot).equals(List.of("Athletes", "Team officials", "Press", "Operating staff")));
        robot.clickOn("#groupActive");
        waitUntil(() -> !groupList(robot).getItems().get(2).active());

        assertThat(database.groups().findAll()).extracting(Group::name)
                .containsExactly("Athletes", "Team officials", "Press", "Operating staff");
        assertThat(database.groups().findByName("Press").orElseThrow().active()).isFalse();
        assertThat(robot.lookup("#groupActive").queryAs(Labeled.class).getText()).isEqualTo("Activate");
    }

    @Test
    void altUpInTheListMovesTheSelectedGroupUp(FxRobot robot) {
        waitUntil(() -> groupList(robot).getItems().size() == 4);
        clickCell(robot, "Operating staff");

        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);

        waitUntil(() -> names(robot).equals(List.of("Athletes", "Operating staff", "Team officials", "Media")));
        assertThat(database.groups().findAll()).extracting(Group::name)
                .containsExactly("Athletes", "Operating staff", "Team officials", "Media");
        assertThat(onFx(() -> groupList(robot).getSelectionModel().getSelectedItem().name())).isEqualTo("Operating staff");
    }

    @Test
    void renamingToAnExistingNameInOtherCaseShowsWhyAndChangesNothing(FxRobot robot) {
        waitUntil(() -> groupList(robot).getItems().size() == 4);
        clickCell(robot, "Media");

        TextField rename = robot.lookup("#groupRenameField").queryAs(TextField.class);
        robot.doubleClickOn(rename).eraseText(rename.getText().length()).write("ATHLETES").type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#groupMessage").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#groupMessage").queryAs(Label.class).getText())
                .contains("A group named \"Athletes\" exists already");
        assertThat(robot.lookup("#groupMessage").queryAs(Label.class).getStyleClass()).contains("section-message-error");
        assertThat(rename.getText()).isEqualTo("ATHLETES");
        assertThat(database.groups().findAll()).extracting(Group::name)
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
    }

    @Test
    void theEventAndItsKeyDatesAreSaved(FxRobot robot) {
        robot.clickOn("#settingsTabEvent");
        robot.clickOn("#eventName").write("Beijing 2022");
        robot.clickOn("#eventStart").write("2022-01-04").type(KeyCode.TAB);
        robot.clickOn("#eventSave");
        waitUntil(() -> database.event().find().isPresent());
        assertThat(database.event().find().orElseThrow().loopStart()).isEqualTo(LocalDate.of(2022, 1, 4));

        robot.clickOn("#keyDateDate").write("2022-02-04").type(KeyCode.TAB);
        robot.clickOn("#keyDateLabel").write("Games open").type(KeyCode.ENTER);

        waitUntil(() -> keyDates(robot).getItems().size() == 1);
        assertThat(database.event().keyDates()).extracting(KeyDate::date, KeyDate::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 2, 4), "Games open"));
        onFx(() -> ScreenSnapshot.write(robot.lookup("#eventName").query().getScene(), "settings-event"));

        robot.clickOn(robot.lookup("#keyDateTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#keyDateRemove");
        waitUntil(() -> keyDates(robot).getItems().isEmpty());
        assertThat(database.event().keyDates()).isEmpty();
    }

    @Test
    void defaultsChosenAndSavedPersist(FxRobot robot) {
        robot.clickOn("#settingsTabDefaults");
        pick(robot, "#defaultMethod", "Jeffreys");
        pick(robot, "#defaultLevel", "90 %");
        pick(robot, "#defaultWindow", "3 days");
        // Stages apart unless a person chooses otherwise (issue 14); the mixed figure is never the default.
        assertThat(robot.lookup("#settingsDefaultStage").queryAs(ComboBox.class).getValue())
                .isEqualTo(org.loopwatch.domain.StageChoice.APART);
        pick(robot, "#settingsDefaultStage", "In-loop only");
        robot.clickOn("#defaultsSave");

        waitUntil(() -> database.settings().rollingWindowDays() == 3);
        waitUntil(() -> database.settings().defaultStage() == org.loopwatch.domain.StageChoice.IN_LOOP);
        // A dashboard opened now starts on the saved stage.
        org.loopwatch.ui.dashboard.DashboardViewModel dashboard = onFx(() ->
                new org.loopwatch.ui.dashboard.DashboardViewModel(fixture.services()));
        waitUntil(() -> dashboard.stageProperty().get() == org.loopwatch.domain.StageChoice.IN_LOOP);
        assertThat(database.settings().intervalMethod()).isEqualTo(IntervalMethod.JEFFREYS);
        assertThat(database.settings().confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY);
        onFx(() -> ScreenSnapshot.write(robot.lookup("#defaultMethod").query().getScene(), "settings-defaults"));
    }

    @Test
    void theDatabaseTabShowsTheFileAndKeepsAPlaceForBackups(FxRobot robot) {
        robot.clickOn("#settingsTabDatabase");

        assertThat(robot.lookup("#databasePath").queryAs(TextField.class).getText())
                .isEqualTo(database.file().toString());
        assertThat(robot.lookup("#settingsBackups").tryQuery()).isPresent();
        onFx(() -> ScreenSnapshot.write(robot.lookup("#databasePath").query().getScene(), "settings-database"));
    }

    @Test
    void aNewRollupIsAddedFromTheTickedGroups(FxRobot robot) {
        robot.clickOn("#settingsTabRollups");
        robot.clickOn("#rollupNew");
        robot.clickOn("#rollupName").write("Staff & media");
        robot.clickOn("#rollupMember-operating-staff").clickOn("#rollupMember-media");
        robot.clickOn("#rollupSave");

        waitUntil(() -> database.rollups().findByName("Staff & media").isPresent());
        assertThat(database.rollups().findByName("Staff & media").orElseThrow().memberGroupIds()).hasSize(2);
        onFx(() -> ScreenSnapshot.write(robot.lookup("#rollupName").query().getScene(), "settings-rollups"));
    }

    /* Issue 15: the rollups tab shows a group added or renamed on the groups tab at once, without saving a rollup. */
    @Test
    void theRollupsFollowAGroupAddedOrRenamedAtOnce(FxRobot robot) {
        robot.clickOn("#settingsTabRollups");
        robot.clickOn("#rollupNew");
        robot.clickOn("#rollupName").write("Staff & media");
        robot.clickOn("#rollupMember-operating-staff").clickOn("#rollupMember-media");
        robot.clickOn("#rollupSave");
        waitUntil(() -> database.rollups().findByName("Staff & media").isPresent());

        robot.clickOn("#settingsTabGroups");
        robot.clickOn("#groupName").write("Volunteers").type(KeyCode.ENTER);
        waitUntil(() -> names(robot).contains("Volunteers"));
        clickCell(robot, "Media");
        TextField rename = robot.lookup("#groupRenameField").queryAs(TextField.class);
        robot.doubleClickOn(rename).eraseText(rename.getText().length()).write("Press").clickOn("#groupRename");
        waitUntil(() -> names(robot).contains("Press"));

        robot.clickOn("#settingsTabRollups");
        // The saved rollup's members read the new name; a new rollup offers the new group.
        try {
            waitUntil(() -> rollupTexts(robot).contains("Operating staff + Press"));
        } catch (AssertionError notShown) {
            throw new AssertionError("rollups show " + rollupTexts(robot) + " / items " + onFx(() -> robot.lookup("#rollupList").queryAs(ListView.class).getItems()), notShown);
        }
        assertThat(rollupTexts(robot)).doesNotContain("Operating staff + Media");
        robot.clickOn("#rollupNew");
        waitUntil(() -> robot.lookup("#rollupMember-volunteers").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#rollupMembers").queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable()
                .stream().filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText()).toList()))
                .contains("Volunteers", "Press").doesNotContain("Media");
        assertThat(database.rollups().findByName("Staff & media").orElseThrow().memberGroupIds()).hasSize(2);
    }

    /* Issue 15: opening every tab, and starting a new group or rollup, shows no error or hint before anything is typed. */
    @Test
    void noErrorOrHintShowsBeforeAnythingIsTyped(FxRobot robot) {
        waitUntil(() -> groupList(robot).getItems().size() == 4);
        for (String tab : List.of("#settingsTabGroups", "#settingsTabRollups", "#settingsTabEvent", "#settingsTabDefaults",
                "#settingsTabAlerts", "#settingsTabDatabase")) {
            robot.clickOn(tab);
            if (tab.equals("#settingsTabRollups")) {
                robot.clickOn("#rollupNew");
            }
            if (tab.equals("#settingsTabGroups")) {
                robot.clickOn("#groupName");
            }
            fixture.awaitWindowsAtRest(); // what the tab loads and lays out, before looking for errors
            assertThat(onFx(() -> shownProblems(robot))).as(tab).isEmpty();
        }
        // And typing something wrong does show one (so the check above can fail).
        robot.clickOn("#settingsTabGroups");
        robot.clickOn("#groupName").write("athletes").type(KeyCode.ENTER);
        waitUntil(() -> !onFx(() -> shownProblems(robot)).isEmpty());
    }

    /* Error lines and hints that are on screen, with their text. */
    private static List<String> shownProblems(FxRobot robot) {
        return robot.lookup(node -> node instanceof Labeled labeled && (isRed(labeled.getTextFill())
                        || labeled.getStyleClass().stream().anyMatch(style -> style.contains("error"))
                        || labeled.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("error"))))
                .queryAll().stream()
                .filter(node -> node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()).filter(node -> node.getScene() != null && isShown(node))
                .map(node -> node instanceof Labeled labeled ? labeled.getText() : node.toString()).toList();
    }

    /* The error red of every theme: much more red than green or blue. */
    private static boolean isRed(javafx.scene.paint.Paint paint) {
        return paint instanceof javafx.scene.paint.Color color && color.getRed() > 0.55
                && color.getRed() > 1.8 * color.getGreen() && color.getRed() > 1.8 * color.getBlue();
    }

    private static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.localToScene(node.getBoundsInLocal()).getWidth() > 0;
    }

    private static List<String> rollupTexts(FxRobot robot) {
        return onFx(() -> robot.lookup("#rollupList .rollup-members").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text != null && !text.isBlank()).toList());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Group> groupList(FxRobot robot) {
        return robot.lookup("#groupList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<KeyDate> keyDates(FxRobot robot) {
        return robot.lookup("#keyDateTable").queryAs(TableView.class);
    }

    private static List<String> names(FxRobot robot) {
        return onFx(() -> groupList(robot).getItems().stream().map(Group::name).toList());
    }

    private static void clickCell(FxRobot robot, String text) {
        robot.clickOn(robot.lookup("#groupList .list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() instanceof Group group && group.name().equals(text)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void pick(FxRobot robot, String comboId, String label) {
        ComboBox<?> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match(node -> label.equals(((Labeled) node).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
