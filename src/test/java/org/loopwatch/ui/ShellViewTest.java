package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ShellViewTest {

    private ShellViewModel viewModel;
    private final List<Screen> built = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        viewModel = new ShellViewModel();
        ShellView view = new ShellView(viewModel, screen -> {
            built.add(screen);
            Label label = new Label("screen " + screen.name());
            label.setId("content-" + screen.name());
            return label;
        });
        Scene scene = new Scene(view, 1000, 700);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    /*
     * The first frame styles whatever is in the scene (SPEC §9: first frame ≤ 1.2 × a bare window):
     * the screens not shown are neither built nor in the scene until first visited.
     */
    @Test
    void onlyTheScreenShownIsBuiltAndInTheSceneUntilAnotherIsVisited(FxRobot robot) {
        assertThat(built).containsExactly(Screen.DASHBOARD);
        assertThat(robot.lookup("#content-DASHBOARD").tryQuery()).isPresent();
        for (Screen screen : Screen.values()) {
            if (screen != Screen.DASHBOARD) {
                assertThat(robot.lookup("#content-" + screen.name()).tryQuery()).as(screen.name()).isEmpty();
            }
        }

        robot.clickOn("#navData");

        assertThat(built).containsExactly(Screen.DASHBOARD, Screen.DATA);
        assertThat(robot.lookup("#content-DATA").tryQuery()).isPresent();
    }

    @Test
    void everyNavigationButtonHasItsAutomationId(FxRobot robot) {
        for (Screen screen : Screen.values()) {
            assertThat(robot.lookup("#" + screen.navigationId()).queryAs(ToggleButton.class).getText())
                    .isEqualTo(screen.title());
        }
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
    }

    @Test
    void clickingANavigationButtonShowsItsScreen(FxRobot robot) {
        robot.clickOn("#navEntry");

        assertThat(robot.lookup("#content-ENTRY").tryQuery()).isPresent();
        assertThat(robot.lookup("#content-DASHBOARD").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navEntry").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void clickingTheSelectedButtonAgainKeepsItSelected(FxRobot robot) {
        robot.clickOn("#navAudit").clickOn("#navAudit");

        assertThat(robot.lookup("#navAudit").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void ctrlAndADigitSwitchesScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.currentScreenProperty().get()).isEqualTo(Screen.SETTINGS);
        assertThat(robot.lookup("#content-SETTINGS").tryQuery()).isPresent();
    }

    @Test
    void theStatusBarShowsTheDatabaseLastChangeAndRowCount(FxRobot robot) {
        robot.interact(() -> viewModel.databaseOpened(new StatusSnapshot(
                Path.of("/data/loopwatch.db"), Optional.of(Instant.parse("2022-01-22T08:00:00Z")), 1234)));

        Node bar = robot.lookup("#statusBar").query();
        assertThat(robot.from(bar).lookup(".status-database").queryAs(Label.class).getText())
                .isEqualTo("Database: " + Path.of("/data/loopwatch.db"));
        assertThat(robot.from(bar).lookup(".status-rows").queryAs(Label.class).getText()).isEqualTo("1,234 entries");
        assertThat(robot.from(bar).lookup(".status-last-save").queryAs(Label.class).getText())
                .startsWith("Last change: 22 Jan 2022");
    }

    /*
     * The scroll panes are left out of the first frame (decision 0047) but must be there right after
     * it: the screens scroll at a large zoom on a small window, and so does the navigation column.
     */
    @Test
    void theScreensAndTheNavigationScrollOnceTheFirstFrameIsOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane screens = robot.lookup(".shell-scroll").queryAs(ScrollPane.class);
        assertThat(screens.getContent().getStyleClass()).contains("shell-content");
        assertThat(robot.from(screens).lookup("#content-DASHBOARD").tryQuery()).isPresent();
        ScrollPane navigation = robot.lookup(".navigation-scroll").queryAs(ScrollPane.class);
        assertThat(robot.from(navigation).lookup("#navDashboard").tryQuery()).isPresent();
        assertThat(navigation.getHbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.NEVER);
    }

    /*
     * A screen is drawn with the window, not through an image of the scroll pane's viewport: cached,
     * any change on a screen (a chart a save changed) made the renderer draw the whole visible screen
     * into that image again before the window (decision 0072).
     */
    @Test
    void aScreenIsNotDrawnThroughACachedImage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        Node screen = robot.lookup("#content-DASHBOARD").query();
        for (Node node = screen; node != null; node = node.getParent()) {
            assertThat(node.isCache()).as(node.getStyleClass().toString()).isFalse();
        }
    }

    /*
     * The notice and the team connection's banner are hidden until they have something to say; they
     * join the window right after its first frame (decision 0070), below the menu bar as before.
     */
    @Test
    void theNoticeAndTheConnectionBannerJoinTheWindowRightAfterItsFirstFrame(FxRobot robot) throws Exception {
        ShellView notShownYet = WaitForAsyncUtils.asyncFx(() -> new ShellView(new ShellViewModel(), screen -> new Label())).get();
        assertThat(notShownYet.lookup("#shellNotice")).isNull();
        assertThat(notShownYet.lookup("#connectionBanner")).isNull();

        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#shellNotice").queryAs(Label.class);
        assertThat(notice.getParent().getChildrenUnmodifiable()).extracting(Node::getId)
                .containsExactly("menuBar", "shellNotice", "connectionBanner");
        assertThat(notice.isVisible()).isFalse();
        robot.interact(() -> viewModel.showNotice("A demo database"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("A demo database");
        assertThat(robot.lookup("#connectionBanner").query().isVisible()).isFalse();
    }
}
