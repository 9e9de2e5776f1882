package org.loopwatch.report.chart.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.ChartStyle;
import org.loopwatch.report.chart.CutMark;

/**
 * The data of a PDF chart: stacked bars, or confidence bands, lines and dots, with the same
 * colours, dashes (rollups), open dots (incomplete windows) and dark-rimmed flags as the screen's
 * {@code chart.css}, each series drawn as one path rather than one shape per day.
 */
final class PdfChartMarks {

    static final Color FLAG = PdfCanvas.colour(ChartStyle.FLAG);
    private static final float BAR_SHARE = (float) ChartStyle.BAR_SHARE;
    private static final float LINE_WIDTH = ChartStyle.Print.LINE_WIDTH;
    private static final float[] ROLLUP_DASHES = {ChartStyle.Print.ROLLUP_DASH, ChartStyle.Print.ROLLUP_GAP};
    private static final float BAND_OPACITY = (float) ChartStyle.BAND_OPACITY;
    private static final float LONE_DAY_HALF_WIDTH = ChartStyle.Print.LONE_DAY_HALF_WIDTH;
    private static final float DOT_RADIUS = ChartStyle.Print.DOT_RADIUS;
    private static final float FLAG_HALF = ChartStyle.Print.FLAG_HALF;

    private final PdfCanvas canvas;
    private final ChartData data;
    private final PdfPlot plot;

    PdfChartMarks(PdfCanvas canvas, ChartData data, PdfPlot plot) {
        this.canvas = canvas;
        this.data = data;
        this.plot = plot;
    }

    void draw() throws IOException {
        canvas.clip(plot.left(), plot.bottom(), plot.width(), plot.height());
        if (data.kind().stacksGroups()) {
            bars();
        } else {
            if (data.showsRates()) {
                bands();
            }
            lines();
        }
        canvas.unclip();
        if (!data.kind().stacksGroups()) {
            dots(); // unclipped: a dot on the top or bottom edge is drawn whole
            cutMarks();
        }
    }

    private void bars() throws IOException {
        int points = data.series().isEmpty() ? 0 : data.series().get(0).points().size();
        double[] tops = new double[points];
        for (ChartSeries series : data.series()) {
            Color colour = PdfCanvas.colour(series.subject().colour());
            for (int i = 0; i < points; i++) {
                ChartPoint point = series.points().get(i);
                double value = point.value().orElse(0.0);
                if (value <= 0) {
                    continue;
                }
                float width = Math.max(0.5f, plot.dayWidth() * point.days() * BAR_SHARE);
                float left = plot.x(point.position()) - width / 2;
                float base = plot.y(tops[i]);
                tops[i] += value;
                float top = plot.y(tops[i]);
                canvas.fillRect(left, base, width, top - base, colour);
                if (point.flagged()) {
                    float inset = Math.min(0.6f, width / 4);
                    canvas.strokeRect(left + inset, base + inset, width - 2 * inset, Math.max(0, top - base - 2 * inset),
                            1.2f, FLAG);
                }
            }
        }
    }

    /** A triangle on the top edge where a band is cut off by the axis, its tip just above the plot. */
    private void cutMarks() throws IOException {
        for (CutMark mark : data.cutMarks()) {
            canvas.fillTriangleUp(plot.x(mark.position()), plot.topEdge() - 4, 7, 7,
                    PdfCanvas.colour(mark.subject().colour()));
        }
    }

    private void bands() throws IOException {
        canvas.fillOpacity(BAND_OPACITY);
        PDPageContentStream stream = canvas.stream();
        for (ChartSeries series : data.series()) {
            stream.setNonStrokingColor(PdfCanvas.colour(series.subject().colour()));
            for (List<ChartPoint> run : series.runsWithValues()) {
                if (run.size() == 1) {
                    ChartPoint point = run.get(0);
                    float x = plot.x(point.position());
                    float lower = plot.y(point.interval().orElseThrow().lower());
                    float upper = plot.y(point.interval().orElseThrow().upper());
                    stream.addRect(x - LONE_DAY_HALF_WIDTH, lower, 2 * LONE_DAY_HALF_WIDTH, upper - lower);
                    continue;
                }
                for (int i = 0; i < run.size(); i++) {
                    ChartPoint point = run.get(i);
                    float y = plot.y(point.interval().orElseThrow().upper());
                    if (i == 0) {
                        stream.moveTo(plot.x(point.position()), y);
                    } else {
                        stream.lineTo(plot.x(point.position()), y);
                    }
                }
                for (int i = run.size() - 1; i >= 0; i--) {
                    ChartPoint point = run.get(i);
                    stream.lineTo(plot.x(point.position()), plot.y(point.interval().orElseThrow().lower()));
                }
                stream.closePath();
            }
            stream.fill();
        }
        canvas.opaque();
    }

    private void lines() throws IOException {
        PDPageContentStream stream = canvas.stream();
        stream.setLineWidth(LINE_WIDTH);
        stream.setLineJoinStyle(1);
        for (ChartSeries series : data.series()) {
            stream.setStrokingColor(PdfCanvas.colour(series.subject().colour()));
            stream.setLineDashPattern(series.subject().rollup() ? ROLLUP_DASHES : new float[0], 0);
            for (List<ChartPoint> run : series.runsWithValues()) {
                for (int i = 0; i < run.size(); i++) {
                    ChartPoint point = run.get(i);
                    float x = plot.x(point.position());
                    float y = plot.y(point.value().orElseThrow());
                    if (i == 0) {
                        stream.moveTo(x, y);
                    } else {
                        stream.lineTo(x, y);
                    }
                }
            }
            stream.stroke();
        }
        stream.setLineDashPattern(new float[0], 0);
    }

    private void dots() throws IOException {
        for (ChartSeries series : data.series()) {
            Color colour = PdfCanvas.colour(series.subject().colour());
            for (ChartPoint point : series.points()) {
                if (point.value().isEmpty() || !data.hasDot(point)
                        || point.value().get() > plot.top()) {
                    continue;
                }
                float x = plot.x(point.position());
                float y = plot.y(point.value().get());
                if (point.flagged()) {
                    canvas.fillDiamond(x, y, FLAG_HALF, FLAG);
                    canvas.fillDiamond(x, y, FLAG_HALF - 1.6f, colour);
                } else {
                    canvas.fillCircle(x, y, DOT_RADIUS, colour);
                }
                if (point.incomplete()) {
                    canvas.fillCircle(x, y, point.flagged() ? 1.2f : DOT_RADIUS - 0.9f, Color.WHITE);
                }
            }
        }
    }
}
