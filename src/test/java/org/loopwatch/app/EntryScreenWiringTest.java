package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.ROWS;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The real app wires the entry and data screens to the open database and the status bar. */
@Tag("gui")
class EntryScreenWiringTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void anEntrySavedOnTheEntryScreenShowsInTheDataTableAndTheStatusBar() throws Exception {
        app.start(folder.resolve("loopwatch.db"));
        app.waitUntil(() -> app.status(ROWS).equals("0 entries"));

        app.clickOn("#navEntry");
        app.waitUntil(() -> app.isShown("#cell-athletes-arrival"));
        app.clickOn("#entryTests").write("171").type(KeyCode.TAB).write("0").type(KeyCode.ENTER);

        app.waitUntil(() -> app.status(ROWS).equals("1 entry"));
        app.clickOn("#navData");
        app.waitUntil(() -> app.lookup("#dataTable").queryTableView().getItems().size() == 1);
        assertThat(app.text("#dataSummary")).isEqualTo("Showing 1 of 1 entry");
    }

    @Test
    void aNewDatabaseOffersTheFirstDayAndEachSaveChangesTheDashboardTile() throws Exception {
        app.start(folder.resolve("loopwatch.db"));
        app.waitUntil(() -> app.status(ROWS).equals("0 entries"));
        // The dashboard reads the (empty) database in the background before it offers the first day.
        app.waitUntil(() -> app.lookup("#emptyGoToEntry").tryQuery()
                .map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        app.clickOn("#emptyGoToEntry");
        app.waitUntil(() -> app.isShown("#cell-athletes-arrival"));
        app.clickOn("#entryTests").write("171").type(KeyCode.TAB).write("0").type(KeyCode.ENTER);
        app.waitUntil(() -> app.status(ROWS).equals("1 entry"));

        app.clickOn("#navDashboard");
        app.waitUntil(() -> app.text("#tile-athletes .tile-stage-arrival .tile-period .tile-counts").equals("0 / 171"));
        assertThat(app.text("#tile-athletes .tile-stage-arrival .tile-period .tile-positivity")).isEqualTo("0 %");

        // Enter moved the form to the next missing cell, Athletes in-loop: a second save shows up too.
        app.clickOn("#navEntry");
        app.clickOn("#entryTests").write("2000").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
        app.waitUntil(() -> app.status(ROWS).equals("2 entries"));
        app.clickOn("#navDashboard");
        // Stages apart: the in-loop save shows in the in-loop part and leaves the arrival part alone.
        app.waitUntil(() -> app.text("#tile-athletes .tile-stage-in_loop .tile-period .tile-counts").equals("1 / 2,000"));
        assertThat(app.text("#tile-athletes .tile-stage-arrival .tile-period .tile-counts")).isEqualTo("0 / 171");
    }
}
