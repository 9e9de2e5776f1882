package org.loopwatch.report.chart.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.report.chart.ChartFixtures.LAST;
import static org.loopwatch.report.chart.ChartFixtures.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Rollup;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.LegendEntry;
import org.loopwatch.report.chart.StageFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


/** The charts as drawn: series, colours per group, bands, key dates and flagged days. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ChartFactoryTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Region(), 900, 500));
        stage.show();
    }

    private ChartPane show(FxRobot robot, ChartKind kind) {
        ChartPane[] pane = new ChartPane[1];
        robot.interact(() -> {
            pane[0] = ChartFactory.create(request(kind));
            stage.getScene().setRoot(pane[0]);
            pane[0].applyCss();
            pane[0].layout();
        });
        return pane[0];
    }

    /**
     * The dashboard's half-width positives chart at 1024 px printed "Nov 17Nov 24", two labels
     * touching, and showed the weeks' labels unevenly (3, 17, 24 Nov, 1, 8, 22 Dec).
     */
    @Test
    void dayLabelsStandClearOfEachOtherOnANarrowChartAndAreShownEvenly(FxRobot robot) {
        ChartRequest eightWeeks = ChartFixtures.longRequest(ChartKind.POSITIVES, LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 12, 28));
        for (double width = 260; width <= 900; width += 20) {
            double wide = width;
            List<double[]> shown = new ArrayList<>();
            List<Double> days = new ArrayList<>();
            robot.interact(() -> {
                ChartPane pane = ChartFactory.create(eightWeeks);
                stage.getScene().setRoot(new javafx.scene.layout.StackPane(pane));
                pane.setMaxWidth(wide);
                pane.applyCss();
                pane.getParent().layout();
                for (Node label : pane.chart().getXAxis().getChildrenUnmodifiable()) {
                    if (label instanceof javafx.scene.text.Text text && text.isVisible() && !text.getText().isEmpty()) {
                        javafx.geometry.Bounds bounds = text.getBoundsInParent();
                        shown.add(new double[] {bounds.getMinX(), bounds.getMaxX()});
                    }
                }
                pane.chart().getXAxis().getTickMarks().stream().filter(mark -> mark.isTextVisible())
                        .forEach(mark -> days.add(mark.getValue().doubleValue()));
            });
            shown.sort(java.util.Comparator.comparingDouble(bounds -> bounds[0]));
            assertThat(shown).as("labels at %s px", wide).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < shown.size(); i++) {
                assertThat(shown.get(i)[0] - shown.get(i - 1)[1]).as("gap between labels %s and %s at %s px", i - 1, i, wide)
                        .isGreaterThanOrEqualTo(4);
            }
            for (int i = 2; i < days.size(); i++) {
                assertThat(days.get(i) - days.get(i - 1)).as("labels shown evenly at %s px: %s", wide, days)
                        .isEqualTo(days.get(1) - days.get(0));
            }
        }
    }

    @Test
    void aPointsSentenceIsWrittenOnlyWhenAScreenReaderAsksAndSaysTheDayValueAndInterval(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.ROLLING);
        XYChart.Data<Number, Number> item = pane.chart().getData().get(0).getData().get(10);
        org.loopwatch.report.chart.ChartPoint point = pane.data().series().get(0).runsWithValues().get(0).get(10);

        assertThat(point.text().isWritten()).as("not written by drawing the chart").isFalse();
        Node dot = ChartFactory.pointNode(item);
        assertThat(dot.getAccessibleText()).as("no JavaFX binding of raw numbers").isNull();
        String[] spoken = new String[1];
        robot.interact(() -> spoken[0] = (String) dot.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
        assertThat(spoken[0]).isEqualTo(point.description())
                .contains(org.loopwatch.report.chart.ChartText.date(point.date()))
                .contains(org.loopwatch.domain.RateFormat.describe(
                        org.loopwatch.domain.PositivityCalculator.estimate(point.counts(), pane.data().request().method(),
                                pane.data().request().level())));
        assertThat(point.interval()).isPresent();
    }

    @Test
    void aChartHasOneTooltipHandlerAndAPointsTooltipIsMadeOnFirstMouseEnter(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.ROLLING);
        List<Node> dots = new ArrayList<>();
        pane.chart().getData().forEach(series -> series.getData().forEach(item -> dots.add(ChartFactory.pointNode(item))));

        assertThat(dots).hasSizeGreaterThan(50).allSatisfy(dot -> {
            assertThat(dot.hasProperties()).as("no property map per point").isFalse();
            assertThat(((ChartDot) dot).words().tooltip()).isNull();
        });
        ChartDot first = (ChartDot) dots.get(0);
        robot.interact(() -> first.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(first.words().tooltip()).isNotNull();
        assertThat(first.words().tooltip().getText()).isEqualTo(first.words().text().toString());
        assertThat(((ChartDot) dots.get(1)).words().tooltip()).isNull();
    }

    @Test
    void eachLineIsAPathThroughItsPoints(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.ROLLING);
        XYChart.Series<Number, Number> series = pane.chart().getData().get(0);
        List<javafx.scene.shape.PathElement> elements = ((Path) series.getNode()).getElements();

        assertThat(elements).hasSize(series.getData().size());
        assertThat(elements.get(0)).isInstanceOf(javafx.scene.shape.MoveTo.class);
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<Number, Number> item = series.getData().get(i);
            double x = pane.chart().getXAxis().getDisplayPosition(item.getXValue());
            double y = pane.chart().getYAxis().getDisplayPosition(item.getYValue());
            javafx.scene.shape.PathElement element = elements.get(i);
            double ex = element instanceof javafx.scene.shape.MoveTo move ? move.getX()
                    : ((javafx.scene.shape.LineTo) element).getX();
            double ey = element instanceof javafx.scene.shape.MoveTo move ? move.getY()
                    : ((javafx.scene.shape.LineTo) element).getY();
            assertThat(ex).isEqualTo(x);
            assertThat(ey).isEqualTo(y);
            assertThat(ChartFactory.pointNode(item).getLayoutX()).as("the dot sits on its point").isEqualTo(x);
            assertThat(ChartFactory.pointNode(item).getLayoutY()).isEqualTo(y);
        }
    }

    @Test
    void theRollingChartDrawsALineAndABandPerGroupAndRollupInTheirColours(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.ROLLING);

        assertThat(pane.chart().getData()).hasSize(3);
        List<Path> bands = robot.from(pane).lookup(".ci-band").queryAllAs(Path.class).stream().toList();
        assertThat(bands).hasSize(3);
        XYChart.Series<Number, Number> athletes = pane.chart().getData().get(0);
        assertThat(((Path) athletes.getNode()).getStroke()).isEqualTo(Color.web("#0072B2"));
        assertThat(((Path) pane.chart().getData().get(1).getNode()).getStroke()).isEqualTo(Color.web("#E69F00"));
        Shape dot = (Shape) ChartFactory.pointNode(athletes.getData().get(10));
        assertThat(dot.getStyleClass()).contains("lw-dot");
        assertThat(dot.getLayoutBounds().getWidth()).as("a dot you can see").isEqualTo(7);
        assertThat(dot.getFill()).isEqualTo(Color.web("#0072B2"));
        assertThat(bands.get(0).getElements()).isNotEmpty();
    }

    @Test
    void aBandAboveTheAxisIsCutWithAMarkAndTheLegendSaysSo(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.ROLLING);

        List<Path> cuts = robot.from(pane).lookup(".ci-cut").queryAllAs(Path.class).stream().toList();
        // Athletes' whole band, and on the first day (a window of one day) every band.
        assertThat(cuts).extracting(Path::getFill).contains(Color.web("#0072B2"), Color.web("#E69F00"));
        assertThat(cuts.get(0).getElements()).hasSize(4);
        assertThat(robot.from(pane).lookup(".lw-legend-note .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("interval continues above the axis");
        ChartData data = pane.data();
        assertThat(data.cutMarks()).hasSize(cuts.size()).extracting(mark -> mark.subject().name()).contains("Athletes");
        assertThat(data.series().get(0).points()).filteredOn(point -> point.interval().isPresent())
                .anyMatch(point -> point.interval().get().upper() > data.axisTop());
    }

    @Test
    void aBandWithinTheAxisHasNoCutMark(FxRobot robot) {
        ChartRequest arrival = request(ChartKind.ROLLING).withStage(StageFilter.ARRIVAL);
        ChartData data = ChartData.of(arrival);
        boolean anyAbove = data.series().stream().flatMap(series -> series.points().stream())
                .anyMatch(point -> point.interval().isPresent() && point.interval().get().upper() > data.axisTop());

        assertThat(data.cutMarks().isEmpty()).isEqualTo(!anyAbove);
        assertThat(data.legend()).extracting(LegendEntry::text).contains(anyAbove
                ? "interval continues above the axis" : "shaded: 95 % CI");
    }

    @Test
    void keyDatesInsideThePeriodAreLabelledMarkers(FxRobot robot) {
        ChartPane pane = show(robot, ChartKind.POSITIVES);

        List<String> labels = robot.from(pane).lookup(".key-date-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(labels).containsExactly("Games open");
        assertThat(robot.from(pane).lookup(".key-date-line").queryAll()).hasSize(1);
    }

    @Test
    void aFlaggedDayIsMarkedOnTheRollingAndThePositivesCharts(FxRobot robot) {
        ChartPane rolling = show(robot, ChartKind.ROLLING);
        assertThat(robot.from(rolling).lookup(".lw-dot.exceedance").queryAll()).hasSize(2); // staff and all groups

        ChartPane positives = show(robot, ChartKind.POSITIVES);
        Shape flagged = robot.from(positives).lookup(".day-bar.exceedance").queryAs(Shape.class);
        assertThat(flagged.getFill()).isEqualTo(Color.web("#E69F00"));
        assertThat(flagged.getStroke()).as("a dark rim").isEqualTo(Color.BLACK);
        assertThat(robot.from(rolling).lookup(".lw-dot.exceedance").queryAs(Shape.class).getLayoutBounds().getWidth())
                .as("a flagged day's diamond is larger than a dot").isEqualTo(2 * ChartDot.FLAG_HALF);
        assertThat(positives.data().flaggedDates()).containsExactly(LAST);
    }

    /*
     * Memory (decision 0058): a point's node is not its data item's node, so JavaFX binds no
     * accessible text to the item's series for it (ten bindings per item, reachable as long as the
     * chart), and a chart's dots share their two outlines instead of four path elements each.
     */
    @Test
    void pointsAreNotTheirItemsNodesAndDotsShareTheirChartsOutlines(FxRobot robot) {
        ChartPane rolling = show(robot, ChartKind.ROLLING);
        List<Shape> plain = new ArrayList<>();
        rolling.chart().getData().forEach(series -> series.getData().forEach(item -> {
            assertThat(item.getNode()).as("no JavaFX node per item").isNull();
            Shape dot = (Shape) ChartFactory.pointNode(item);
            if (dot != null && !dot.getStyleClass().contains("exceedance")) {
                plain.add(dot);
            }
        }));
        assertThat(plain).hasSizeGreaterThan(50);
        assertThat(plain.get(0).getParent()).as("drawn among the plot's children").isNotNull();
        List<javafx.scene.shape.PathElement> circle = ((Path) plain.get(0)).getElements();
        assertThat(plain).allSatisfy(dot -> assertThat(((Path) dot).getElements())
                .as("the same element objects").usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(circle));
        List<Path> flagged = robot.from(rolling).lookup(".lw-dot.exceedance").queryAllAs(Path.class).stream().toList();
        assertThat(flagged).hasSize(2);
        assertThat(flagged.get(0).getElements().get(0)).isSameAs(flagged.get(1).getElements().get(0))
                .isNotSameAs(circle.get(0));

        ChartPane positives = show(robot, ChartKind.POSITIVES);
        positives.chart().getData().forEach(series -> series.getData().forEach(item -> {
            assertThat(item.getNode()).isNull();
            assertThat(ChartFactory.pointNode(item)).isInstanceOf(DayBar.class);
        }));
    }

    @Test
    void theStackedChartsDrawGroupsOnlyNeverTheRollupOnTop(FxRobot robot) {
        ChartPane tests = show(robot, ChartKind.TESTS);

        assertThat(tests.chart().getData()).extracting(XYChart.Series::getName)
                .containsExactly("Athletes", "Operating staff");
        Node legend = tests.getBottom();
        assertThat(robot.from(legend).lookup(".lw-legend-series").queryAll()).hasSize(2);
    }

    @Test
    void theCumulativeChartDrawsOneLinePerSubject(FxRobot robot) {
        ChartPane cumulative = show(robot, ChartKind.CUMULATIVE);

        assertThat(cumulative.chart().getData()).hasSize(3);
        assertThat(((Path) cumulative.chart().getData().get(2).getNode()).getStrokeDashArray()).isNotEmpty();
    }
}
