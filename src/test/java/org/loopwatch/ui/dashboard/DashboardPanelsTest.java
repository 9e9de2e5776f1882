package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 12-group event on a 1024 × 700 dashboard: rolling positivity as small multiples (decision 0021). */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class DashboardPanelsTest {

    private static final List<String> GROUPS = List.of("Athletes", "Team officials", "Operating staff", "Media",
            "Volunteers", "Broadcasters", "Hotel staff", "Drivers", "Venue security", "Medical staff", "Catering",
            "Marketing partners");

    @TempDir
    java.nio.file.Path folder;

    private UiTestDatabase db;

    @Start
    void start(Stage stage) {
        db = UiTestDatabase.createIn(folder.resolve("twelve"));
        LocalDate first = DashboardFixtures.JAN_4;
        for (int g = 0; g < GROUPS.size(); g++) {
            for (LocalDate date = first; date.isBefore(first.plusDays(14)); date = date.plusDays(1)) {
                int day = date.getDayOfMonth();
                db.row(date, GROUPS.get(g), org.loopwatch.domain.Stage.ARRIVAL, 50 + 10 * g, (day + g) % 4 == 0 ? 1 : 0);
                db.row(date, GROUPS.get(g), org.loopwatch.domain.Stage.IN_LOOP, 2_000 + 300 * g, (day + g) % 6 == 0 ? 1 : 0);
            }
        }
        db.save();
        stage.setScene(new Scene(new DashboardView(new DashboardViewModel(db.services())), 1024, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void twelveGroupsAreDrawnInPanelsOfFourThenTheRollupsEachPanelInDistinctColours(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#dashboardChart-rolling-in_loop-4").tryQuery().isPresent());

        for (String stage : List.of("arrival", "in_loop")) {
            String base = "#dashboardChart-rolling-" + stage;
            List<List<String>> panels = List.of(base, base + "-2", base + "-3", base + "-4").stream()
                    .map(id -> robot.lookup(id).queryAs(ChartPane.class).data().series().stream()
                            .map(series -> series.subject().name()).toList()).toList();
            assertThat(panels).as(stage).containsExactly(GROUPS.subList(0, 4), GROUPS.subList(4, 8),
                    GROUPS.subList(8, 12), List.of("Athletes & team officials", "All groups"));
            assertThat(robot.lookup(base + "-5").tryQuery()).isEmpty();
            for (String id : List.of(base, base + "-2", base + "-3")) {
                List<ChartSeries> series = robot.lookup(id).queryAs(ChartPane.class).data().series();
                assertThat(series.stream().map(one -> one.subject().colour()).distinct().count()).as(id).isEqualTo(4);
            }
            // Rollups differ by more than their grey: their lines are dashed.
            ChartPane rollups = robot.lookup(base + "-4").queryAs(ChartPane.class);
            // Below the tiles, out of view: styled now rather than when scrolled to.
            robot.interact(() -> {
                rollups.applyCss();
                rollups.layout();
            });
            assertThat(robot.from(rollups).lookup(".chart-series-line").queryAllAs(Path.class))
                    .isNotEmpty().allSatisfy(line -> assertThat(line.getStrokeDashArray()).isNotEmpty());
        }
        // The counts are one chart each, of all twelve groups stacked.
        assertThat(robot.lookup("#dashboardChart-positives").queryAs(ChartPane.class).data().series()).hasSize(12);
    }
}
