package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Path;
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

    /*
     * A dot is kept as its item's extra value, not as its node (XYChart.Data#setNode), and put
     * among the plot children here. Why: setNode binds the node's accessible text to a chain of
     * seven flatMap and three orElse bindings on the item's series, which stay reachable from the
     * item even once the text is unbound (ChartFactory speaks its own sentence instead); for the
     * dashboard's 1,700 dots that was about 3 MB of the live heap at start-up (decision 0058).
     * LineChart draws no symbol for an item without a node (setCreateSymbols(false)).
     */

    /** Keeps {@code dot} as {@code item}'s dot; before the item joins a series. */
    static void setDot(Data<Number, Number> item, ChartDot dot) {
        item.setExtraValue(dot);
    }

    /** The dot of {@code item}, or null when its day has none. */
    static ChartDot dotOf(Data<Number, Number> item) {
        return item.getExtraValue() instanceof ChartDot dot ? dot : null;
    }

    /**
     * Puts the dots of {@code series} (just added to this chart) above its line, in its colour
     * class ({@code series<i>}, as LineChart named the symbols it drew).
     */
    void addDots(Series<Number, Number> series) {
        String colour = "series" + getData().indexOf(series);
        List<ChartDot> dots = new ArrayList<>();
        for (Data<Number, Number> item : series.getData()) {
            ChartDot dot = dotOf(item);
            if (dot != null) {
                dot.getStyleClass().addAll("chart-line-symbol", colour);
                dots.add(dot);
            }
        }
        getPlotChildren().addAll(dots);
    }

    @Override
    protected void seriesRemoved(Series<Number, Number> series) {
        for (Data<Number, Number> item : series.getData()) {
            getPlotChildren().remove(dotOf(item));
        }
        super.seriesRemoved(series);
    }

    @Override
    protected void dataItemRemoved(Data<Number, Number> item, Series<Number, Number> series) {
        getPlotChildren().remove(dotOf(item));
        super.dataItemRemoved(item, series);
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

    /*
     * Draws the lines itself instead of LineChart, which made every line's elements anew at each
     * layout (decision 0054): each series' path is set in place from its points (PathShapes), and
     * each dot is put at its point. Nothing animates here (setAnimated(false)), so a point's current
     * value is its value. A dot's shape is centred on its origin, so its layout position is the
     * point: the same place LineChart's resizeRelocate by half its bounds gave it, without
     * measuring it.
     */
    @Override
    protected void layoutPlotChildren() {
        DayAxis xAxis = (DayAxis) getXAxis();
        NumberAxis yAxis = (NumberAxis) getYAxis();
        double[] xy = new double[0];
        for (Series<Number, Number> series : getData()) {
            List<Data<Number, Number>> items = series.getData();
            if (xy.length < 2 * items.size()) {
                xy = new double[2 * items.size()];
            }
            for (int i = 0; i < items.size(); i++) {
                Data<Number, Number> item = items.get(i);
                double x = xAxis.getDisplayPosition(item.getXValue());
                double y = yAxis.getDisplayPosition(item.getYValue());
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
                ChartDot dot = dotOf(item);
                if (dot != null) {
                    dot.setLayoutX(x);
                    dot.setLayoutY(y);
                }
            }
            if (series.getNode() instanceof Path line) {
                PathShapes.line(line.getElements(), xy, items.size(), false);
            }
        }
        for (Band band : bands) {
            outline(band, xAxis, yAxis);
        }
        for (Cut cut : cuts) {
            double x = xAxis.getDisplayPosition(cut.mark().position());
            PathShapes.line(cut.path().getElements(), new double[] {x - CUT_MARK_SIZE / 2, CUT_MARK_SIZE, x, 0,
                    x + CUT_MARK_SIZE / 2, CUT_MARK_SIZE}, 3, true);
        }
        markers.layout(xAxis, xAxis.getWidth(), yAxis.getHeight());
    }

    /* The band's polygon: along the upper ends of the intervals, back along the lower ends. */
    private static void outline(Band band, DayAxis xAxis, NumberAxis yAxis) {
        List<ChartPoint> points = band.points();
        int n = points.size();
        if (n == 0) {
            band.path().getElements().clear();
            return;
        }
        double[] xy;
        if (n == 1) {
            ChartPoint point = points.get(0);
            double x = xAxis.getDisplayPosition(point.position());
            double top = yAxis.getDisplayPosition(point.interval().orElseThrow().upper());
            double bottom = yAxis.getDisplayPosition(point.interval().orElseThrow().lower());
            xy = new double[] {x - LONE_DAY_HALF_WIDTH, top, x + LONE_DAY_HALF_WIDTH, top,
                    x + LONE_DAY_HALF_WIDTH, bottom, x - LONE_DAY_HALF_WIDTH, bottom};
            PathShapes.line(band.path().getElements(), xy, 4, true);
            return;
        }
        xy = new double[4 * n];
        for (int i = 0; i < n; i++) {
            ChartPoint point = points.get(i);
            double x = xAxis.getDisplayPosition(point.position());
            int back = 2 * n - 1 - i;
            xy[2 * i] = x;
            xy[2 * i + 1] = yAxis.getDisplayPosition(point.interval().orElseThrow().upper());
            xy[2 * back] = x;
            xy[2 * back + 1] = yAxis.getDisplayPosition(point.interval().orElseThrow().lower());
        }
        PathShapes.line(band.path().getElements(), xy, 2 * n, true);
    }
}
