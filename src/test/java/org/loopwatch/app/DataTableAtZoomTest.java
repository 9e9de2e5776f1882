package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two tables a person reads dates and times in, on the smallest window (1024×700) at 100 % and
 * at 200 %: the Data screen's and Settings → Database's list of backups. No header and no cell is
 * shortened to "…" (the date and stage columns, sized for their titles only, read "22 Ja…" and
 * "In l…" at 200 %; a backup's time "2022-01-…"), and the Data table keeps room for rows instead of
 * collapsing under its filters. Snapshots: {@code target/snapshots/data-table-*}.
 */
@Tag("gui")
class DataTableAtZoomTest {

    /* A header and three rows at 200 % (a row is about 2 × 24 px): less than this and the table is a strip. */
    private static final double LEAST_TABLE_HEIGHT = 160;

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private String preferencesBefore;

    @AfterEach
    void sharedPreferencesAgain() {
        if (preferencesBefore != null) {
            System.setProperty(UserPreferences.LOCATION_PROPERTY, preferencesBefore);
        }
    }

    @ParameterizedTest(name = "at {0} %")
    @ValueSource(ints = {100, 200})
    void datesStagesAndTimesAreWholeAndTheTableKeepsItsRows(int zoom) throws Exception {
        Path preferences = folder.resolve("preferences.properties");
        Files.writeString(preferences, "zoom=" + zoom + "\n");
        preferencesBefore = System.setProperty(UserPreferences.LOCATION_PROPERTY, preferences.toString());
        Path file = folder.resolve("loopwatch.db");
        WindowSizesTest.monthOfData(file);
        app.start(file);
        Stage stage = WindowSizesTest.mainStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        List<String> problems = new ArrayList<>();

        app.clickOn("#navData");
        app.awaitWindowsAtRest();
        Scene scene = stage.getScene();
        WaitForAsyncUtils.asyncFx(() -> scrollDownTo(scene.lookup("#dataTable"))).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "data-table-" + zoom)).get();
        problems.addAll(WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>(LayoutProblems.of(scene));
            TableView<?> table = (TableView<?>) scene.lookup("#dataTable");
            assertThat(table.getItems()).as("rows shown").isNotEmpty();
            if (table.getHeight() < LEAST_TABLE_HEIGHT) {
                found.add("the data table is " + Math.round(table.getHeight()) + " px high, less than "
                        + LEAST_TABLE_HEIGHT);
            }
            return found;
        }).get().stream().map(problem -> "Data at " + zoom + " %: " + problem).toList());

        app.clickOn("#navSettings");
        app.awaitWindowsAtRest(); // Settings is built on its first visit
        app.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> scene.lookup("#settingsTabDatabase") != null).get());
        app.clickOn("#settingsTabDatabase");
        // At 200 % the button lies below the list, in the tab's scroll pane: pressed as a person scrolled to it.
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) scene.lookup("#backupNow")).fire()).get();
        app.waitUntil(() -> WaitForAsyncUtils.asyncFx(
                () -> !((TableView<?>) scene.lookup("#backupList")).getItems().isEmpty()).get());
        app.awaitWindowsAtRest();
        WaitForAsyncUtils.asyncFx(() -> scrollDownTo(scene.lookup("#backupList"))).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "data-table-backups-" + zoom)).get();
        problems.addAll(WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get().stream()
                .map(problem -> "Backups at " + zoom + " %: " + problem).toList());

        assertThat(problems).isEmpty();
    }

    /* The pages scroll down to their tables, as a person would, so the snapshots show them. */
    private static void scrollDownTo(javafx.scene.Node node) {
        for (javafx.scene.Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane pane) {
                pane.setVvalue(pane.getVmax());
            }
        }
    }
}
