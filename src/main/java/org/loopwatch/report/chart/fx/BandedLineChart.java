package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartStyle;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.CutMark;

/**
 * A line chart over days that can also shade a confidence band under each line and draw key
 * dates. LineChart knows nothing of bands, so they are plot children laid out here after the
 * lines, from the same axes.
 */
final class BandedLineChart extends LineChart<Number, Number> {

    /** Half the width, in pixels, of the band drawn for a lone day (a polygon of one point has no area). */
    private static final double LONE_DAY_HALF_WIDTH = ChartStyle.Screen.LONE_DAY_HALF_WIDTH;

    /** Width and height, in pixels, of the triangle marking a band cut off at the top. */
    private static final double CUT_MARK_SIZE = ChartStyle.Screen.CUT_MARK_SIZE;

    private record Band(Path path, List<ChartPoint> points) {
    }

    private record Cut(Path path, CutMark mark) {
    }

    private final MarkerLayer markers;
    private final List<Band> bands = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();

    BandedLineChart(DayAxis xAxis, NumberAxis yAxis, MarkerLayer markers) {
        super(xAxis, yAxis);
        this.markers = markers;
        setAnimated(false);
        setLegendVisible(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        markers.addTo(getPlotChildren());
    }

    /** Shades the interval of consecutive points (each must have an interval) in the subject's colour. */
    void addBand(ChartSubject subject, List<ChartPoint> points) {
        Path path = new Path();
        path.getStyleClass().addAll("ci-band", "lw-series", subject.colourClass());
        path.setManaged(false);
        bands.add(new Band(path, List.copyOf(points)));
        getPlotChildren().add(0, path);
    }

    /** Gives the bands, in the order they were added, new points (the same days, new intervals). */
    void setBandPoints(List<List<ChartPoint>> runs) {
        for (int i = 0; i < bands.size(); i++) {
            bands.set(i, new Band(bands.get(i).path(), List.copyOf(runs.get(i))));
        }
        requestChartLayout();
    }

    /** Marks where bands run above the axis (see {@link CutMark}): a triangle at the top edge each. */
    void addCutMarks(List<CutMark> marks) {
        for (CutMark mark : marks) {
            Path path = new Path();
            path.getStyleClass().addAll("ci-cut", "lw-series", mark.subject().colourClass());
            path.setManaged(false);
            cuts.add(new Cut(path, mark));
            getPlotChildren().add(path);
        }
    }

    /**
     * Replaces the cut-off marks with {@code marks} (a save can push a band above the axis or bring
     * it back): only when they differ, and only these few paths are made, not the chart.
     */
    void setCutMarks(List<CutMark> marks) {
        if (cuts.stream().map(Cut::mark).toList().equals(marks)) {
            return;
        }
        cuts.forEach(cut -> getPlotChildren().remove(cut.path()));
        cuts.clear();
        addCutMarks(marks);
        requestChartLayout();
    }

    int cutMarkCount() {
        return cuts.size();
    }

    int bandCount() {
        return bands.size();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        DayAxis xAxis = (DayAxis) getXAxis();
        NumberAxis yAxis = (NumberAxis) getYAxis();
        for (Band band : bands) {
            band.path().getElements().setAll(outline(band.points(), xAxis, yAxis));
        }
        for (Cut cut : cuts) {
            double x = xAxis.getDisplayPosition(cut.mark().position());
            cut.path().getElements().setAll(new MoveTo(x - CUT_MARK_SIZE / 2, CUT_MARK_SIZE), new LineTo(x, 0),
                    new LineTo(x + CUT_MARK_SIZE / 2, CUT_MARK_SIZE), new ClosePath());
        }
        markers.layout(xAxis, xAxis.getWidth(), yAxis.getHeight());
    }

    private static List<PathElement> outline(List<ChartPoint> points, DayAxis xAxis, NumberAxis yAxis) {
        List<PathElement> elements = new ArrayList<>();
        if (points.isEmpty()) {
            return elements;
        }
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (ChartPoint point : points) {
            double x = xAxis.getDisplayPosition(point.position());
            upper.add(new double[] {x, yAxis.getDisplayPosition(point.interval().orElseThrow().upper())});
            lower.add(new double[] {x, yAxis.getDisplayPosition(point.interval().orElseThrow().lower())});
        }
        if (points.size() == 1) {
            double[] top = upper.get(0);
            double[] bottom = lower.get(0);
            upper = List.of(new double[] {top[0] - LONE_DAY_HALF_WIDTH, top[1]}, new double[] {top[0] + LONE_DAY_HALF_WIDTH, top[1]});
            lower = List.of(new double[] {bottom[0] - LONE_DAY_HALF_WIDTH, bottom[1]},
                    new double[] {bottom[0] + LONE_DAY_HALF_WIDTH, bottom[1]});
        }
        elements.add(new MoveTo(upper.get(0)[0], upper.get(0)[1]));
        for (int i = 1; i < upper.size(); i++) {
            elements.add(new LineTo(upper.get(i)[0], upper.get(i)[1]));
        }
        for (int i = lower.size() - 1; i >= 0; i--) {
            elements.add(new LineTo(lower.get(i)[0], lower.get(i)[1]));
        }
        elements.add(new ClosePath());
        return elements;
    }
}
