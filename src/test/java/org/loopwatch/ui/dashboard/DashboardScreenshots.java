package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.ShellViewModel;
import org.loopwatch.ui.ScreenSnapshot;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.compare.CompareView;
import org.loopwatch.ui.compare.CompareViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not part of the build (the name does not end in Test): writes PNGs of the dashboard and the
 * comparison in the shell, to look at. Run with
 * {@code ./mvnw -q test -Dtest=DashboardScreenshots -Dsurefire.failIfNoSpecifiedTests=false};
 * pictures land in {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenshots {

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void dashboardWithSevenWeeksAndOnANewDatabase(FxRobot robot) throws Exception {
        try (UiTestDatabase weeks = UiTestDatabase.createIn(folder.resolve("weeks"));
             UiTestDatabase fresh = UiTestDatabase.createIn(folder.resolve("fresh"))) {
            DashboardFixtures.sevenWeeks(weeks);
            for (int[] size : new int[][] {{1024, 700}, {1280, 800}, {1920, 1080}}) {
                shoot(robot, weeks, Screen.DASHBOARD, size, "dashboard-weeks");
                shoot(robot, fresh, Screen.DASHBOARD, size, "dashboard-empty");
                shoot(robot, weeks, Screen.COMPARE, size, "compare");
            }
        }
    }

    private void shoot(FxRobot robot, UiTestDatabase db, Screen screen, int[] size, String name) throws Exception {
        robot.interact(() -> {
            ShellViewModel shell = new ShellViewModel();
            shell.show(screen);
            ShellView view = new ShellView(shell, shown -> screenFor(shown, db));
            Scene scene = new Scene(view, size[0], size[1]);
            scene.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource("loopwatch.css"))
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".tile").tryQuery().isPresent()
                || robot.lookup("#dashboardEmpty").tryQuery().map(Node::isVisible).orElse(false)
                || robot.lookup("#compareReading").tryQuery().map(node -> !((javafx.scene.control.Label) node)
                .getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "screenshots", name + "-" + size[0] + "x" + size[1] + ".png");
        robot.interact(() -> ScreenSnapshot.write(stage.getScene(), file));
        assertThat(Files.size(file)).isPositive();
    }

    private static Node screenFor(Screen screen, UiTestDatabase db) {
        return switch (screen) {
            case DASHBOARD -> new DashboardView(new DashboardViewModel(db.services()));
            case COMPARE -> new CompareView(new CompareViewModel(db.services()));
            default -> new PlaceholderScreen(screen, "not shot");
        };
    }
}
