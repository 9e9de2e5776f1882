package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.dashboard.DashboardFixtures.JAN_22;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.ui.ComboBoxes;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on a real database holding the published January figures (SPEC §1). */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class DashboardViewTest {

    private static final String ARRIVAL = ".tile-stage-arrival";
    private static final String IN_LOOP = ".tile-stage-in_loop";

    @TempDir
    Path folder;

    private UiTestDatabase db;
    private Stage stage;
    private DashboardViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = UiTestDatabase.createIn(folder.resolve("january"));
        DashboardFixtures.publishedJanuary(db);
        viewModel = new DashboardViewModel(db.services());
        stage.setScene(new Scene(new DashboardView(viewModel), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void tilesShowArrivalAndInLoopApartSideBySideForTheChosenPeriod(FxRobot robot) {
        waitForTile(robot, "tile-all-groups");

        assertFigure(robot, "tile-athletes", ARRIVAL, new Counts(171, 0));
        assertFigure(robot, "tile-athletes", IN_LOOP, new Counts(175, 0));
        assertFigure(robot, "tile-operating-staff", ARRIVAL, new Counts(2_415, 39));
        assertFigure(robot, "tile-operating-staff", IN_LOOP, new Counts(336_246, 33));
        assertFigure(robot, "tile-team-officials", IN_LOOP, new Counts(19_000, 6));
        assertFigure(robot, "tile-athletes-team-officials", IN_LOOP, new Counts(175 + 19_000, 6));
        assertFigure(robot, "tile-all-groups", ARRIVAL, new Counts(171 + 2_415, 39));
        assertFigure(robot, "tile-all-groups", IN_LOOP, new Counts(175 + 336_246 + 19_000, 33 + 6));
        assertThat(text(robot, "#tile-athletes .tile-stage-arrival .tile-period .tile-heading"))
                .isEqualTo("4 Jan – 22 Jan 2022");
        // Side by side: the in-loop part starts to the right of the arrival part, on the same line.
        javafx.scene.Node arrival = robot.lookup("#tile-athletes .tile-stage-arrival").query();
        javafx.scene.Node inLoop = robot.lookup("#tile-athletes .tile-stage-in_loop").query();
        assertThat(inLoop.localToScene(0, 0).getX()).isGreaterThan(arrival.localToScene(0, 0).getX()
                + arrival.getBoundsInLocal().getWidth() - 1);
        assertThat(inLoop.localToScene(0, 0).getY()).isEqualTo(arrival.localToScene(0, 0).getY());
        assertThat(robot.lookup(".tile-stage-all").tryQuery()).isEmpty();
        assertThat(robot.lookup(".tile-mixing").tryQuery()).isEmpty();
    }

    @Test
    void theTileStatesTheChosenPeriodNotTheLoopStart(FxRobot robot) {
        waitForTile(robot, "tile-athletes");

        robot.interact(() -> robot.lookup("#dashboardFrom").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2022, 1, 10)));

        waitForText(robot, "#tile-athletes .tile-stage-arrival .tile-period .tile-heading", "10 Jan – 22 Jan 2022");
        assertFigure(robot, "tile-operating-staff", IN_LOOP, windowSum(robot, 10, 22, 336_246, 33, 19));
    }

    @Test
    void aGroupWithZeroPositivesReadsZeroWithAnUpperBound(FxRobot robot) {
        waitForTile(robot, "tile-athletes");

        assertThat(text(robot, "#tile-athletes .tile-stage-arrival .tile-period .tile-positivity")).isEqualTo("0 %");
        assertThat(text(robot, "#tile-athletes .tile-stage-arrival .tile-period .tile-ci")).startsWith("95 % CI 0–");
        assertThat(text(robot, "#tile-athletes .tile-stage-arrival .tile-period .tile-counts")).isEqualTo("0 / 171");
    }

    @Test
    void aStageAGroupNeverReportedIsNotMissingNorIsAGroupWithoutData(FxRobot robot) {
        waitForTile(robot, "tile-media");

        assertThat(text(robot, "#tile-media .tile-stage-in_loop .tile-period .tile-positivity")).isEqualTo("no tests");
        assertThat(text(robot, "#tile-media .tile-stage-in_loop .tile-period .tile-counts")).isEqualTo("0 / 0");
        // Media never reported, so they were never due; team officials test in the loop only, so they are
        // due in-loop and never on arrival (decision 0028; before it their arrival part read "7 of 7 days
        // not fully reported").
        assertThat(robot.lookup("#tile-media .tile-incomplete").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tile-team-officials .tile-stage-arrival").tryQuery()).isPresent();
        assertThat(robot.lookup("#tile-team-officials .tile-stage-arrival .tile-incomplete").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tile-team-officials .tile-stage-in_loop .tile-incomplete").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tile-athletes .tile-incomplete").tryQuery()).isEmpty();
    }

    @Test
    void theInLoopStageShowsARateBelowOneInAThousandPerHundredThousandTests(FxRobot robot) {
        waitForTile(robot, "tile-operating-staff");

        assertThat(text(robot, "#tile-operating-staff .tile-stage-in_loop .tile-period .tile-positivity"))
                .isEqualTo("0.00981 %\n(9.81 per 100,000 tests)");
        assertThat(text(robot, "#tile-operating-staff .tile-stage-in_loop .tile-period .tile-ci"))
                .isEqualTo("95 % CI 0.00699–0.0138 %");
        assertFigure(robot, "tile-operating-staff", IN_LOOP + " .tile-window",
                windowSum(robot, 16, 22, 336_246, 33, 19), false);

        ComboBoxes.choose(robot, "#dashboardStage", "In-loop only");

        waitUntil(() -> robot.lookup("#tile-operating-staff .tile-stage-arrival").tryQuery().isEmpty());
        assertFigure(robot, "tile-operating-staff", IN_LOOP, new Counts(336_246, 33));
    }

    @Test
    void bothStagesTogetherIsAnExplicitChoiceLabelledAsMixing(FxRobot robot) {
        waitForTile(robot, "tile-operating-staff");
        assertThat(robot.lookup("#dashboardStage").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(org.loopwatch.domain.StageChoice.APART);

        ComboBoxes.choose(robot, "#dashboardStage", "Both stages together (mixes denominators)");

        waitUntil(() -> robot.lookup("#tile-operating-staff .tile-stage-all").tryQuery().isPresent());
        assertFigure(robot, "tile-operating-staff", ".tile-stage-all", new Counts(2_415 + 336_246, 39 + 33));
        assertThat(text(robot, "#tile-operating-staff .tile-stage-all .tile-stage-name"))
                .isEqualTo("Both stages (mixed)");
        assertThat(text(robot, "#tile-operating-staff .tile-mixing")).contains("mixes two denominators");
        assertThat(robot.lookup(".tile").queryAll().size()).isEqualTo(robot.lookup(".tile-mixing").queryAll().size());
        waitUntil(() -> robot.lookup("#dashboardChart-rolling").tryQuery().isPresent());
        ChartPane rolling = robot.lookup("#dashboardChart-rolling").queryAs(ChartPane.class);
        assertThat(rolling.data().subtitle()).contains("arrival + in-loop");
    }

    @Test
    void theLatestDayFlaggedByTheExceedanceRuleShowsABadge(FxRobot robot) {
        waitForTile(robot, "tile-team-officials");

        assertThat(text(robot, "#tile-team-officials .tile-badge")).isEqualTo("Flagged 22 Jan");
        assertThat(text(robot, "#tile-athletes-team-officials .tile-badge")).isEqualTo("Flagged 22 Jan");
        assertThat(robot.lookup("#tile-operating-staff .tile-badge").tryQuery()).isEmpty();
    }

    @Test
    void aChangeCommittedThroughTheStoreUpdatesTheTileWithoutARestart(FxRobot robot) {
        waitForTile(robot, "tile-media");

        db.database().results().insert(new DailyResult(JAN_22, db.groupId("Media"),
                org.loopwatch.domain.Stage.ARRIVAL, 250, 3, ""));
        robot.interact(() -> db.services().changes().changed());

        waitForText(robot, "#tile-media .tile-stage-arrival .tile-period .tile-counts", "3 / 250");
        assertThat(text(robot, "#tile-media .tile-stage-arrival .tile-period .tile-positivity"))
                .isEqualTo(RateFormat.positivity(PositivityCalculator.estimate(new Counts(250, 3))));
    }

    /*
     * A save of an arrival count changes the arrival charts and the count charts; the in-loop charts
     * show the same figures, are redrawn in place and must not be laid out again (decision 0065: all
     * nine charts were, after every save, because each axis took its recomputed label as a change).
     */
    @Test
    void aSaveLaysOutOnlyTheChartsItChanged(FxRobot robot) {
        waitForTile(robot, "tile-athletes");
        waitUntil(() -> robot.lookup("#dashboardChart-cumulative").tryQuery().isPresent());
        // At rest: the first figures laid out.
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".chart").queryAll().stream()
                .noneMatch(chart -> needsLayout((javafx.scene.Parent) chart))).get());
        // Arrival: two groups and two rollups, one panel; in-loop: three groups, then the rollups (decision 0021).
        List<String> codes = List.of("rolling-arrival", "rolling-in_loop", "rolling-in_loop-2", "positives");
        Map<String, ChartPane> before = new HashMap<>();
        codes.forEach(code -> before.put(code, robot.lookup("#dashboardChart-" + code).queryAs(ChartPane.class)));
        CompletableFuture<Map<String, Boolean>> laidOutAgain = new CompletableFuture<>();
        robot.interact(() -> viewModel.snapshotProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DashboardSnapshot> observable, DashboardSnapshot was,
                                DashboardSnapshot now) {
                // The view has drawn the new figures; the next pulse lays out what asks for it.
                viewModel.snapshotProperty().removeListener(this);
                Map<String, Boolean> dirty = new TreeMap<>();
                for (String code : codes) {
                    ChartPane pane = robot.lookup("#dashboardChart-" + code).queryAs(ChartPane.class);
                    dirty.put(code, pane != before.get(code) || needsLayout(pane.chart()));
                }
                laidOutAgain.complete(dirty);
            }
        }));

        ResultKey key = new ResultKey(JAN_22, db.groupId("Athletes"), org.loopwatch.domain.Stage.ARRIVAL);
        db.database().results().delete(key, "");
        db.database().results().insert(new DailyResult(JAN_22, key.groupId(), key.stage(), 171, 2, ""));
        robot.interact(() -> db.services().changes().resultChanged(key, db.database().results().find(key)));

        assertThat(laidOutAgain.orTimeout(15, TimeUnit.SECONDS).join()).isEqualTo(Map.of(
                "rolling-arrival", true, "positives", true, "rolling-in_loop", false, "rolling-in_loop-2", false));
    }

    /*
     * The charts and tiles are drawn with the window, not through an image of the scroll pane's
     * viewport: JavaFX's skin caches it, and then a chart a save changed made the renderer draw the
     * whole visible dashboard into that image again, then the image onto the window — most of its
     * time per save (decision 0072). Uncached, it redraws only the regions that changed.
     */
    @Test
    void aChangedChartOrTileIsNotDrawnThroughACachedImageOfTheWholeDashboard(FxRobot robot) {
        waitForTile(robot, "tile-athletes");
        waitUntil(() -> robot.lookup("#dashboardChart-cumulative").tryQuery().isPresent());

        for (String shown : List.of("#dashboardChart-cumulative", "#tile-athletes")) {
            for (javafx.scene.Node node = robot.lookup(shown).query(); node != null; node = node.getParent()) {
                assertThat(node.isCache()).as(shown + " inside " + node.getStyleClass()).isFalse();
            }
        }
    }

    private static boolean needsLayout(javafx.scene.Parent root) {
        return root.isNeedsLayout() || root.getChildrenUnmodifiable().stream()
                .anyMatch(child -> child instanceof javafx.scene.Parent parent && needsLayout(parent));
    }

    @Test
    void choosingAFourteenDayWindowRecomputesTheRecentFigure(FxRobot robot) {
        waitForTile(robot, "tile-operating-staff");

        ComboBoxes.choose(robot, "#dashboardWindow", "14 days");

        waitForText(robot, "#tile-operating-staff .tile-stage-arrival .tile-window .tile-heading",
                "Last 14 days · 9 Jan – 22 Jan 2022");
        assertFigure(robot, "tile-operating-staff", ARRIVAL + " .tile-window", windowSum(robot, 9, 22, 2_415, 39, 19),
                false);
        assertFigure(robot, "tile-operating-staff", IN_LOOP + " .tile-window",
                windowSum(robot, 9, 22, 336_246, 33, 19), false);
    }

    @Test
    void theChartsAreDrawnPerStageWithTheKeyDateMarked(FxRobot robot) {
        waitForTile(robot, "tile-athletes");

        for (String code : new String[] {"rolling-arrival", "rolling-in_loop", "positives", "tests", "cumulative"}) {
            // Charts are built after the tiles, from the same background result.
            waitUntil(() -> robot.lookup("#dashboardChart-" + code).tryQuery().isPresent());
            assertThat(robot.lookup("#dashboardChart-" + code).tryQuery()).as(code).isPresent();
        }
        ChartPane rolling = robot.lookup("#dashboardChart-rolling-in_loop").queryAs(ChartPane.class);
        // Small multiples (decision 0021): the three groups with in-loop results (Media has none),
        // then the two rollups in a panel of their own with its own axis.
        assertThat(rolling.data().series()).extracting(series -> series.subject().name())
                .containsExactly("Athletes", "Team officials", "Operating staff");
        assertThat(rolling.data().subtitle()).contains("In-loop");
        ChartPane rollups = robot.lookup("#dashboardChart-rolling-in_loop-2").queryAs(ChartPane.class);
        assertThat(rollups.data().series()).extracting(series -> series.subject().name())
                .containsExactly("Athletes & team officials", "All groups");
        assertThat(robot.from(rollups).lookup(".chart-series-line").queryAll()).isNotEmpty();
        assertThat(robot.from(rolling).lookup(".key-date-label").queryAs(Label.class).getText())
                .isEqualTo("Closed loop opens");
    }

    @Test
    void everyChartSaysWhichStageItSumsAndFollowsTheStageChoice(FxRobot robot) {
        waitForTile(robot, "tile-athletes");
        waitUntil(() -> robot.lookup("#chartStage-cumulative").tryQuery().isPresent());

        // Two charts of the same title side by side: only the caption tells arrival from in-loop.
        assertThat(text(robot, "#chartStage-rolling-arrival")).isEqualTo("Arrival (airport)");
        assertThat(text(robot, "#chartStage-rolling-in_loop")).isEqualTo("In-loop screening");
        assertThat(text(robot, "#chartStage-rolling-in_loop-2")).isEqualTo("In-loop screening");
        for (String counts : new String[] {"positives", "tests", "cumulative"}) {
            assertThat(text(robot, "#chartStage-" + counts)).as(counts).isEqualTo("All stages (arrival + in-loop)");
        }

        ComboBoxes.choose(robot, "#dashboardStage", "Arrival only");
        waitForText(robot, "#chartStage-positives", "Arrival (airport)");
        assertThat(text(robot, "#chartStage-rolling")).isEqualTo("Arrival (airport)");

        ComboBoxes.choose(robot, "#dashboardStage", "In-loop only");
        waitForText(robot, "#chartStage-positives", "In-loop screening");
        assertThat(text(robot, "#chartStage-rolling")).isEqualTo("In-loop screening");
        assertThat(robot.lookup("#dashboardChart-positives").queryAs(ChartPane.class).data().subtitle())
                .contains("In-loop");
    }

    @Test
    void theExportButtonsHaveTheirPlaceAndSayWhenTheyArrive(FxRobot robot) {
        assertThat(robot.lookup("#exportChart").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aNewDatabaseExplainsHowToEnterTheFirstDayInsteadOfEmptyAxes(FxRobot robot) {
        UiTestDatabase fresh = UiTestDatabase.createIn(folder.resolve("fresh"));
        try {
            robot.interact(() -> stage.getScene().setRoot(new DashboardView(new DashboardViewModel(fresh.services()))));

            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(() -> robot.lookup("#dashboardEmpty").tryQuery().map(node -> node.isVisible()).orElse(false));
            String words = robot.from(robot.lookup("#dashboardEmpty").queryParent()).lookup(".label")
                    .queryAllAs(Label.class).stream().map(Label::getText).reduce("", String::concat);
            assertThat(words).contains("Daily entry (Ctrl+2)").contains("File → Open demo database…");
            assertThat(robot.lookup(".chart").tryQuery()).isEmpty();
        } finally {
            fresh.close();
        }
    }

    /** Expected sum of a {@link UiTestDatabase#spread} over days {@code first}–{@code last} of January. */
    private static Counts windowSum(FxRobot robot, int first, int last, long tests, long positives, int days) {
        long sumTests = 0;
        long sumPositives = 0;
        for (int day = first - 4; day <= last - 4; day++) {
            long dayTests = tests / days + (day < tests % days ? 1 : 0);
            sumTests += dayTests;
            sumPositives += Math.min(dayTests, positives / days + (day < positives % days ? 1 : 0));
        }
        return new Counts(sumTests, sumPositives);
    }

    /** The period figure of one stage part ({@link #ARRIVAL}, {@link #IN_LOOP} or another part's selector). */
    private static void assertFigure(FxRobot robot, String tileId, String part, Counts counts) {
        assertFigure(robot, tileId, part, counts, true);
    }

    private static void assertFigure(FxRobot robot, String tileId, String part, Counts counts, boolean period) {
        RateEstimate expected = PositivityCalculator.estimate(counts);
        String prefix = "#" + tileId + " " + part + (period ? " .tile-period " : " ");
        assertThat(text(robot, prefix + ".tile-positivity")).as(tileId)
                .isEqualTo(RateFormat.positivity(expected).replace(" (", "\n("));
        assertThat(text(robot, prefix + ".tile-ci")).as(tileId).isEqualTo(RateFormat.interval(expected));
        assertThat(text(robot, prefix + ".tile-counts")).as(tileId).isEqualTo(RateFormat.counts(counts));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitForTile(FxRobot robot, String id) {
        waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent());
    }

    private static void waitForText(FxRobot robot, String query, String expected) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(node -> expected.equals(((Label) node).getText()))
                .orElse(false));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
