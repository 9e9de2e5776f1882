package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app wires the entry and data screens to the open database and the status bar. */
class EntryScreenWiringTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void anEntrySavedOnTheEntryScreenShowsInTheDataTableAndTheStatusBar() throws Exception {
        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", folder.resolve("loopwatch.db").toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("0 entries"));

        robot.clickOn("#navEntry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cell-athletes-arrival").tryQuery().isPresent());
        robot.clickOn("#entryTests").write("171").type(KeyCode.TAB).write("0").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("1 entry"));
        robot.clickOn("#navData");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#dataTable").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#dataSummary").queryAs(Label.class).getText()).isEqualTo("Showing 1 of 1 entry");
    }

    @Test
    void aNewDatabaseOffersTheFirstDayAndEachSaveChangesTheDashboardTile() throws Exception {
        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", folder.resolve("loopwatch.db").toString());
        // The screens are rebuilt once the database is open (after the first frame): wait for that.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("0 entries"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#emptyGoToEntry").tryQuery()
                .map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#emptyGoToEntry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cell-athletes-arrival").tryQuery().isPresent());
        robot.clickOn("#entryTests").write("171").type(KeyCode.TAB).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("1 entry"));

        robot.clickOn("#navDashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> tileText("#tile-athletes .tile-cumulative .tile-counts").equals("0 / 171"));
        assertThat(tileText("#tile-athletes .tile-cumulative .tile-positivity")).isEqualTo("0 %");

        // Enter moved the form to the next missing cell, Athletes in-loop: a second save shows up too.
        robot.clickOn("#navEntry");
        robot.clickOn("#entryTests").write("2000").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText(".status-rows").equals("2 entries"));
        robot.clickOn("#navDashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> tileText("#tile-athletes .tile-cumulative .tile-counts").equals("1 / 2,171"));
    }

    private String tileText(String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private String statusText(String styleClass) {
        return robot.lookup("#statusBar " + styleClass).tryQuery()
                .map(node -> ((Label) node).getText()).orElse("");
    }
}
