package org.loopwatch.report.chart.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.loopwatch.report.chart.AxisScale;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartMarker;
import org.loopwatch.report.chart.MarkerLabelRows;
import org.loopwatch.report.chart.DayTicks;
import org.loopwatch.report.chart.ValueTicks;

/**
 * Draws a chart into a PDF page as vector graphics: axes with the screen's ticks and labels
 * ({@link DayTicks}, {@link AxisScale}), grid lines, key dates, the data ({@link PdfChartMarks})
 * and the legend ({@link PdfChartLegend}), in the colours of the groups.
 *
 * <p>Why not the screen's JavaFX chart as a picture: the briefing is printed and zoomed, where
 * vectors stay sharp and text stays text; and drawing five charts through JavaFX's software
 * renderer, after starting the toolkit without a display, took most of the 3 seconds SPEC §9
 * allows a command-line briefing (docs/decisions/0010). The numbers, words and colours all come
 * from the same {@link ChartData} as the screen's chart.
 */
public final class PdfChart {

    private static final float TICK_SIZE = 7.5f;
    private static final float AXIS_SIZE = 8.5f;
    private static final float MARKER_SIZE = 7.5f;
    private static final float TICK_LENGTH = 3f;
    private static final Color INK = new Color(0x1f2a37);
    private static final Color LABEL = new Color(0x3a4350);
    private static final Color GRID = new Color(0xe3e7ec);
    private static final Color AXIS_LINE = new Color(0x9aa3ad);

    private final PdfCanvas canvas;
    private final ChartData data;

    private PdfChart(PdfCanvas canvas, ChartData data) {
        this.canvas = canvas;
        this.data = data;
    }

    /** Draws {@code data} filling the rectangle whose bottom left is ({@code x}, {@code y}). */
    public static void draw(PDPageContentStream stream, PdfFontChain font, ChartData data, float x, float y, float width,
                            float height) throws IOException {
        new PdfChart(new PdfCanvas(stream, font), data).draw(x, y, width, height);
    }

    private void draw(float x, float y, float width, float height) throws IOException {
        AxisScale scale = AxisScale.of(data.maxValue(), !data.showsRates());
        List<Double> values = ValueTicks.values(scale);
        float labelsWidth = 0;
        for (double value : values) {
            labelsWidth = Math.max(labelsWidth, canvas.width(valueTick(value), TICK_SIZE));
        }
        PdfChartLegend legend = new PdfChartLegend(canvas, data);
        float legendHeight = legend.height(width);
        float left = x + AXIS_SIZE * 1.6f + labelsWidth + TICK_LENGTH + 3;
        float bottom = y + legendHeight + 6 + AXIS_SIZE * 1.5f + TICK_SIZE * 1.4f + TICK_LENGTH + 2;
        List<DayTicks.Tick> ticks = DayTicks.of(data.request().from(), data.request().to());
        float right = x + width - (ticks.isEmpty() ? 4 : canvas.width(ticks.getLast().label(), TICK_SIZE) / 2 + 2);
        float top = y + height - 4;
        PdfPlot plot = new PdfPlot(left, bottom, right - left, top - bottom, data.request().from().toEpochDay() - 0.5,
                data.request().to().toEpochDay() + 0.5, scale.upper());

        valueAxis(plot, values, scale, x + AXIS_SIZE);
        dayAxis(plot, ticks);
        markers(plot);
        new PdfChartMarks(canvas, data, plot).draw();
        legend.draw(x, y + legendHeight, width);
    }

    /** Ticks, grid lines and the title (turned, its baseline at {@code titleX}) of the vertical axis. */
    private void valueAxis(PdfPlot plot, List<Double> values, AxisScale scale, float titleX) throws IOException {
        for (double value : values) {
            float y = plot.y(value);
            if (value > 0) {
                canvas.line(plot.left(), y, plot.right(), y, 0.5f, GRID);
            }
            String label = valueTick(value);
            canvas.line(plot.left() - TICK_LENGTH, y, plot.left(), y, 0.6f, AXIS_LINE);
            canvas.text(label, TICK_SIZE, LABEL, plot.left() - TICK_LENGTH - 2 - canvas.width(label, TICK_SIZE),
                    y - TICK_SIZE * 0.35f);
        }
        canvas.line(plot.left(), plot.bottom(), plot.left(), plot.topEdge(), 0.6f, AXIS_LINE);
        String title = data.valueAxisLabel();
        float titleWidth = canvas.width(title, AXIS_SIZE);
        canvas.upwardText(title, AXIS_SIZE, LABEL, titleX, plot.bottom() + Math.max(0, (plot.height() - titleWidth) / 2));
    }

    private void dayAxis(PdfPlot plot, List<DayTicks.Tick> ticks) throws IOException {
        boolean verticalGrid = !data.kind().stacksGroups();
        for (DayTicks.Tick tick : ticks) {
            float x = plot.x(tick.epochDay());
            if (verticalGrid) {
                canvas.line(x, plot.bottom(), x, plot.topEdge(), 0.5f, GRID, 2, 2);
            }
            canvas.line(x, plot.bottom() - TICK_LENGTH, x, plot.bottom(), 0.6f, AXIS_LINE);
            canvas.text(tick.label(), TICK_SIZE, LABEL, x - canvas.width(tick.label(), TICK_SIZE) / 2,
                    plot.bottom() - TICK_LENGTH - 1 - TICK_SIZE);
        }
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), 0.6f, AXIS_LINE);
        String title = DayTicks.axisLabel(data.request().from(), data.request().to());
        canvas.text(title, AXIS_SIZE, LABEL, plot.left() + (plot.width() - canvas.width(title, AXIS_SIZE)) / 2,
                plot.bottom() - TICK_LENGTH - 2 - TICK_SIZE * 1.4f - AXIS_SIZE);
    }

    /** Key dates: a dashed line and its label at the top, right of the line when it fits, in rows that do not overlap. */
    private void markers(PdfPlot plot) throws IOException {
        MarkerLabelRows rows = new MarkerLabelRows(plot.left(), plot.right(), 3);
        for (ChartMarker marker : data.visibleMarkers()) {
            float x = plot.x(marker.date().toEpochDay());
            canvas.line(x, plot.bottom(), x, plot.topEdge(), 0.8f, INK, 3, 3);
            float labelWidth = canvas.width(marker.label(), MARKER_SIZE);
            MarkerLabelRows.Place place = rows.place(x, labelWidth);
            float left = (float) place.left();
            int row = place.row();
            float baseline = plot.topEdge() - 3 - MARKER_SIZE - row * (MARKER_SIZE + 3);
            canvas.fillOpacity(0.88f);
            canvas.fillRect(left - 1.5f, baseline - 2, labelWidth + 3, MARKER_SIZE + 3, Color.WHITE);
            canvas.opaque();
            canvas.text(marker.label(), MARKER_SIZE, INK, left, baseline);
        }
    }

    private String valueTick(double value) {
        return data.showsRates() ? ValueTicks.percent(value) : ValueTicks.count(value);
    }
}
