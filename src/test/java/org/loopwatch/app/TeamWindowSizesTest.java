package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app on a team database on the laptop screens SPEC §4 names: the window, which asks for
 * 1280 × 800, opens inside a 1366 × 768 or 1024 × 700 screen, so the status bar with the team
 * database, user and role is on the screen and whole; and every screen fits with nothing cut,
 * overlapping or shortened to "…". Snapshots go to {@code target/snapshots/team-window-*}.
 */
@Tag("team")
@Tag("gui")
class TeamWindowSizesTest {

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 700"})
    void theWindowOpensInsideTheScreenWithTheTeamStatusBarWholeAndEveryScreenFits(int width, int height) throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        TeamDatabaseUrl url = server.newDatabase("window");
        try (Database seed = Database.teamInit(url, PostgresTestServer.superuserPassword(), Clock.systemUTC())) {
            List<DailyResult> rows = new ArrayList<>();
            for (Group group : seed.groups().findAll()) {
                for (int back = 0; back < 14; back++) {
                    for (org.loopwatch.domain.Stage stage : org.loopwatch.domain.Stage.values()) {
                        rows.add(new DailyResult(LocalDate.now().minusDays(back), group.id(), stage, 1_000 + back, back % 3, ""));
                    }
                }
            }
            seed.results().importAll(rows, false, "a fortnight", ImportProgress.NONE);
        }
        app.openTeamDatabase(url, PostgresTestServer.PASSWORD);
        Stage stage = WindowSizesTest.mainStage();
        Rectangle2D screen = new Rectangle2D(0, 0, width, height);

        // Neither screen has room for 1280×800 and a frame: the app opens maximized on it, so the
        // window is the screen's usable area (OpeningWindowSize, OpeningWindowSizeTest).
        OpeningWindowSize size = OpeningWindowSize.within(screen);
        assertThat(size.maximized()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }).get();
        app.awaitWindowsAtRest();

        Bounds bar = WaitForAsyncUtils.asyncFx(() -> statusBar().localToScreen(statusBar().getBoundsInLocal())).get();
        assertThat(bar.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(bar.getMaxX()).isLessThanOrEqualTo(width);
        assertThat(bar.getMaxY()).isLessThanOrEqualTo(height);
        assertThat(app.status(DATABASE)).contains(url.toString()).contains("role loopwatch_admin");

        List<String> problems = new ArrayList<>();
        for (Screen shown : Screen.values()) {
            app.clickOn("#" + shown.navigationId());
            app.awaitWindowsAtRest();
            Scene scene = stage.getScene();
            List<String> found = WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get();
            found.forEach(problem -> problems.add(shown.title() + ": " + problem));
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene,
                    "team-window-" + width + "x" + height + "-" + shown.name().toLowerCase())).get();
        }
        assertThat(problems).isEmpty();
    }

    private Node statusBar() {
        return app.lookup("#statusBar").query();
    }
}
