package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard of a 12-group event in the smallest window SPEC §4 names (1024 × 700): it scrolls
 * down, never sideways; every chart's title is whole and inside the view; every turned value-axis
 * title is whole and clear of its tick labels (a wrapping title was centred over them); tiny
 * in-loop rates say what 0.01 % means in the legend. Snapshot: {@code target/snapshots/dashboard-1024x700-*}.
 */
@Tag("gui")
class DashboardAtTheSmallestWindowTest {

    private static final List<String> MORE_GROUPS = List.of("Volunteers", "Broadcasters", "Hotel staff", "Drivers",
            "Venue security", "Medical staff", "Catering", "Marketing partners");

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void twelveGroupsScrollDownNeverSidewaysWithEveryChartTitleAndAxisTitleWhole() throws Exception {
        Path file = folder.resolve("twelve.db");
        twelveGroups(file);
        app.start(file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));
        Stage stage = WindowSizesTest.mainStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        app.clickOn("#navDashboard");
        app.waitUntil(() -> app.isShown("#dashboardChart-rolling-in_loop-4"));
        app.awaitWindowsAtRest();
        Scene scene = stage.getScene();
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "dashboard-1024x700-top")).get();

        List<String> problems = WaitForAsyncUtils.asyncFx(() -> problems(scene)).get();
        for (double down : new double[] {0.35, 0.7, 1}) {
            WaitForAsyncUtils.asyncFx(() -> ((ScrollPane) scene.getRoot().lookup(".dashboard-scroll")).setVvalue(down)).get();
            app.awaitWindowsAtRest();
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, "dashboard-1024x700-" + Math.round(down * 100))).get();
        }

        assertThat(problems).isEmpty();
        List<String> legendNotes = WaitForAsyncUtils.asyncFx(() -> scene.getRoot()
                .lookupAll("#dashboardChart-rolling-in_loop .lw-legend-text").stream()
                .map(node -> ((Label) node).getText()).toList()).get();
        assertThat(legendNotes).containsExactly("0.01 % = 10 per 100,000 tests");
        assertThat(WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll("#dashboardChart-rolling-in_loop .axis")
                .stream().filter(NumberAxis.class::isInstance).map(axis -> ((NumberAxis) axis).getLabel()).toList()).get())
                .containsExactly("7-day positivity");
    }

    private static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        ScrollPane results = (ScrollPane) scene.getRoot().lookup(".dashboard-scroll");
        Bounds view = results.localToScene(results.getViewportBounds());
        double contentWidth = results.getContent().getLayoutBounds().getWidth();
        if (contentWidth > results.getViewportBounds().getWidth() + 1) {
            problems.add("the dashboard is " + Math.round(contentWidth) + " px wide in a view of "
                    + Math.round(results.getViewportBounds().getWidth()) + " px: it scrolls sideways");
        }
        for (Node bar : results.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible() && scrollBar.getParent() == results.getChildrenUnmodifiable().get(0).getParent()) {
                problems.add("a sideways scroll bar is shown");
            }
        }
        List<Node> titles = new ArrayList<>(scene.getRoot().lookupAll(".lw-chart .chart-title"));
        assertThat(titles).as("chart titles").hasSizeGreaterThanOrEqualTo(11);
        for (Node node : titles) {
            Label title = (Label) node;
            String chart = chartId(title);
            if (elided(title)) {
                problems.add(chart + ": title cut to \"" + shownText(title) + "\"");
            }
            Bounds bounds = title.localToScene(title.getBoundsInLocal());
            if (bounds.getMinX() < view.getMinX() - 1 || bounds.getMaxX() > view.getMaxX() + 1) {
                problems.add(chart + ": title runs past the view's side " + bounds);
            }
        }
        for (Node node : scene.getRoot().lookupAll(".lw-chart .axis")) {
            if (!(node instanceof NumberAxis axis)) {
                continue;
            }
            Label label = (Label) axis.lookup(".axis-label");
            String chart = chartId(axis);
            if (elided(label)) {
                problems.add(chart + ": value axis title cut to \"" + shownText(label) + "\"");
            }
            Bounds drawn = textOf(label).localToScene(textOf(label).getBoundsInLocal());
            for (Node child : axis.getChildrenUnmodifiable()) {
                if (child instanceof Text tick && tick.isVisible() && !tick.getText().isEmpty()) {
                    Bounds tickBounds = tick.localToScene(tick.getBoundsInLocal());
                    if (drawn.getMaxX() > tickBounds.getMinX() + 0.5 && drawn.intersects(tickBounds)) {
                        problems.add(chart + ": value axis title lies over the tick \"" + tick.getText() + "\"");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean elided(Label label) {
        return !label.getText().isEmpty() && shownText(label).endsWith(label.getEllipsisString())
                && !label.getText().endsWith(label.getEllipsisString());
    }

    private static String shownText(Label label) {
        return textOf(label).getText();
    }

    private static Text textOf(Label label) {
        return (Text) label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst().orElseThrow();
    }

    private static String chartId(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getId() != null && parent.getId().startsWith("dashboardChart-")) {
                return parent.getId();
            }
        }
        return "a chart";
    }

    /** The default groups and eight more, 28 days in both stages; in-loop rates of about 0.01 %. */
    private static void twelveGroups(Path file) {
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            MORE_GROUPS.forEach(database.groups()::add);
            LocalDate first = LocalDate.of(2022, 1, 4);
            List<DailyResult> rows = new ArrayList<>();
            for (var group : database.groups().findAll()) {
                for (int day = 0; day < 28; day++) {
                    long g = group.id();
                    rows.add(new DailyResult(first.plusDays(day), g, org.loopwatch.domain.Stage.ARRIVAL, 60 + 10 * g,
                            (day + g) % 4 == 0 ? 1 : 0, ""));
                    rows.add(new DailyResult(first.plusDays(day), g, org.loopwatch.domain.Stage.IN_LOOP, 9_000 + 500 * g,
                            (day + g) % 9 == 0 ? 1 : 0, ""));
                }
            }
            database.results().importAll(rows, false, "twelve groups", org.loopwatch.store.ImportProgress.NONE);
        }
    }
}
