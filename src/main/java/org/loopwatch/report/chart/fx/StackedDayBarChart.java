package org.loopwatch.report.chart.fx;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.loopwatch.report.chart.ChartStyle;

/**
 * Bars per day (or per week or month of a long period, {@link ChartStep}) stacked by series, on a
 * numeric day axis. Each item's x is the middle of the days its bar spans; its extra value is its
 * bar ({@link DayBar}), which knows how many days that is. JavaFX's StackedBarChart needs a
 * category axis, on which key-date markers and readable date ticks are awkward; this shares the
 * day axis and markers of the line charts instead.
 */
final class StackedDayBarChart extends XYChart<Number, Number> {

    /** Share of a day's width a bar takes, leaving gaps between days. */
    private static final double BAR_SHARE = ChartStyle.BAR_SHARE;

    private final MarkerLayer markers;

    StackedDayBarChart(DayAxis xAxis, NumberAxis yAxis, MarkerLayer markers) {
        super(xAxis, yAxis);
        this.markers = markers;
        setData(javafx.collections.FXCollections.observableArrayList());
        setAnimated(false);
        setLegendVisible(false);
        setVerticalGridLinesVisible(false);
        markers.addTo(getPlotChildren());
    }

    @Override
    protected void dataItemAdded(Series<Number, Number> series, int itemIndex, Data<Number, Number> item) {
        getPlotChildren().add(barOf(item));
    }

    @Override
    protected void dataItemRemoved(Data<Number, Number> item, Series<Number, Number> series) {
        getPlotChildren().remove(barOf(item));
        removeDataItemFromDisplay(series, item);
    }

    @Override
    protected void dataItemChanged(Data<Number, Number> item) {
        requestChartLayout();
    }

    @Override
    protected void seriesAdded(Series<Number, Number> series, int seriesIndex) {
        for (Data<Number, Number> item : series.getData()) {
            getPlotChildren().add(barOf(item));
        }
    }

    @Override
    protected void seriesRemoved(Series<Number, Number> series) {
        for (Data<Number, Number> item : series.getData()) {
            getPlotChildren().remove(barOf(item));
        }
        removeSeriesFromDisplay(series);
    }

    /** Both axes are fixed by {@link ChartFactory}, from the day totals. */
    @Override
    protected void updateAxisRange() {
    }

    @Override
    protected void layoutPlotChildren() {
        DayAxis xAxis = (DayAxis) getXAxis();
        NumberAxis yAxis = (NumberAxis) getYAxis();
        double dayWidth = Math.abs(xAxis.getDisplayPosition(1) - xAxis.getDisplayPosition(0));
        Map<Double, Double> stackTops = new HashMap<>();
        for (Series<Number, Number> series : getData()) {
            for (Data<Number, Number> item : series.getData()) {
                double middle = item.getXValue().doubleValue();
                DayBar bar = barOf(item);
                double days = bar.days();
                double barWidth = Math.max(1, dayWidth * days * BAR_SHARE);
                double base = stackTops.getOrDefault(middle, 0.0);
                double top = base + item.getYValue().doubleValue();
                stackTops.put(middle, top);
                double x = xAxis.getDisplayPosition(middle);
                double yTop = yAxis.getDisplayPosition(top);
                double yBase = yAxis.getDisplayPosition(base);
                bar.setVisible(top > base);
                bar.setX(x - barWidth / 2);
                bar.setY(yTop);
                bar.setWidth(barWidth);
                bar.setHeight(Math.max(0, yBase - yTop));
            }
        }
        markers.layout(xAxis, xAxis.getWidth(), yAxis.getHeight());
    }

    /*
     * The bar is kept as its item's extra value, not as its node (XYChart.Data#setNode): setNode
     * binds the node's accessible text to a chain of ten bindings on the item's series that stay
     * reachable from the item even once the text is unbound (ChartFactory speaks its own sentence
     * instead) — about 1.4 kB per bar (decision 0058). An item given none gets a plain bar.
     */

    /** The bar of {@code item}, made if it has none. */
    static DayBar barOf(Data<Number, Number> item) {
        if (!(item.getExtraValue() instanceof DayBar)) {
            DayBar bar = new DayBar();
            bar.getStyleClass().add("day-bar");
            item.setExtraValue(bar);
        }
        return (DayBar) item.getExtraValue();
    }

    /** Gives {@code item}'s bar a new span in days, and lays the bars out again. */
    void setDays(Data<Number, Number> item, long days) {
        DayBar bar = barOf(item);
        if (bar.days() != days) {
            bar.days(days);
            requestChartLayout();
        }
    }
}
