package org.loopwatch.report.chart.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart redrawn in place after a save shows what a chart drawn anew shows, with the same nodes. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ChartUpdateTest {

    private static final LocalDate SAVED_DAY = LocalDate.of(2022, 1, 20);

    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Region(), 900, 500));
        stage.show();
    }

    @Test
    void everyChartRedrawnInPlaceShowsTheValuesAndFlagsOfAChartDrawnAnew() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            ChartRequest published = ChartFixtures.request(kind);
            ChartData before = ChartData.of(published);
            ChartData after = ChartData.of(withSavedRow(published));
            ChartPane pane = onFx(() -> show(ChartFactory.create(before)));
            List<Node> nodesBefore = dataNodes(pane);

            boolean redrawn = onFx(() -> ChartUpdate.redraw(pane, after));
            ChartPane fresh = onFx(() -> show(ChartFactory.create(after)));

            assertThat(redrawn).as(kind.code()).isTrue();
            assertThat(dataNodes(pane)).as(kind.code()).isEqualTo(nodesBefore);
            assertThat(values(pane)).as(kind.code()).isEqualTo(values(fresh)).isNotEqualTo(values(
                    onFx(() -> show(ChartFactory.create(before)))));
            assertThat(classes(pane)).as(kind.code()).isEqualTo(classes(fresh));
            assertThat(pane.data()).isSameAs(after);
        }
    }

    /*
     * After a save most of the dashboard's charts show what they showed (another group's cell, or the
     * other stage's): worked out again, their figures are equal but new objects. Such a chart must
     * not be laid out again — the axis label, an ObjectProperty, took a new String of the same
     * words as a change and laid out the whole chart, nine charts per save where four had changed.
     */
    @Test
    void aChartRedrawnWithEqualFiguresIsNotLaidOutAgain() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            ChartRequest request = ChartFixtures.request(kind);
            ChartPane pane = onFx(() -> show(ChartFactory.create(ChartData.of(request))));
            ChartData again = ChartData.of(request);
            assertThat(onFx(() -> laidOutAgain(pane))).as(kind.code() + " before").isEmpty();

            assertThat(onFx(() -> ChartUpdate.redraw(pane, again))).as(kind.code()).isTrue();

            assertThat(onFx(() -> laidOutAgain(pane))).as(kind.code()).isEmpty();
            assertThat(pane.data()).isSameAs(again);
        }
    }

    @Test
    void aChartOfAnotherPeriodIsNotRedrawnInPlace() throws Exception {
        ChartRequest request = ChartFixtures.request(ChartKind.ROLLING);
        ChartPane pane = onFx(() -> show(ChartFactory.create(ChartData.of(request))));
        ChartData shorter = ChartData.of(new ChartRequest(request.kind(), request.index(), request.subjects(),
                request.allGroups(), request.stage(), request.from().plusDays(1), request.to(), request.window(),
                request.method(), request.level(), request.loopStart(), request.markers()));

        assertThat(onFx(() -> ChartUpdate.redraw(pane, shorter))).isFalse();
        assertThat(pane.data().request().from()).isEqualTo(request.from());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    /*
     * Shown and at rest: a chart places its legend and key-date labels against the plot it has just
     * laid out, which can ask for one more pass — the next pulse's, had a pulse come between. Until
     * nothing asks (at most a few passes), so that "before" is a chart at rest whenever pulses come.
     */
    private ChartPane show(ChartPane pane) {
        stage.getScene().setRoot(pane);
        pane.applyCss();
        pane.layout();
        for (int pass = 0; pass < 3 && !laidOutAgain(pane).isEmpty(); pass++) {
            pane.layout();
        }
        return pane;
    }

    /* The same request after staff re-entered 20 Jan in the loop: 3 positives of 31,000 instead of 1 of 30,000. */
    private static ChartRequest withSavedRow(ChartRequest request) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate date = ChartFixtures.FIRST; !date.isAfter(ChartFixtures.LAST); date = date.plusDays(1)) {
            for (long group = 1; group <= 2; group++) {
                for (Stage stage : Stage.values()) {
                    Counts counts = request.index().cell(date, group, stage).orElseThrow();
                    rows.add(new DailyResult(date, group, stage, counts.tests(), counts.positives(), ""));
                }
            }
        }
        rows.replaceAll(row -> row.key().equals(new ResultKey(SAVED_DAY, 2, Stage.IN_LOOP))
                ? new DailyResult(SAVED_DAY, 2, Stage.IN_LOOP, 31_000, 3, "") : row);
        return new ChartRequest(request.kind(), ResultIndex.of(rows), request.subjects(), request.allGroups(),
                request.stage(), request.from(), request.to(), request.window(), request.method(), request.level(),
                request.loopStart(), request.markers());
    }

    /* The parts of the chart that the next pulse lays out again. */
    private static List<String> laidOutAgain(javafx.scene.Parent root) {
        List<String> dirty = new ArrayList<>();
        if (root.isNeedsLayout()) {
            dirty.add(root.getClass().getSimpleName() + root.getStyleClass());
        }
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.Parent parent) {
                dirty.addAll(laidOutAgain(parent));
            }
        }
        return dirty;
    }

    private static List<Node> dataNodes(ChartPane pane) {
        List<Node> nodes = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : pane.chart().getData()) {
            series.getData().forEach(item -> nodes.add(ChartFactory.pointNode(item)));
        }
        return nodes;
    }

    private static List<Number> values(ChartPane pane) {
        List<Number> values = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : pane.chart().getData()) {
            series.getData().forEach(item -> values.add(item.getYValue()));
        }
        values.add(((javafx.scene.chart.NumberAxis) pane.chart().getYAxis()).getUpperBound());
        return values;
    }

    private static List<List<String>> classes(ChartPane pane) {
        List<List<String>> classes = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : pane.chart().getData()) {
            series.getData().forEach(item -> classes.add(ChartFactory.pointNode(item) == null ? List.of()
                    : ChartFactory.pointNode(item).getStyleClass().stream().filter(c -> !c.startsWith("data")).sorted().toList()));
        }
        return classes;
    }
}
