package org.loopwatch.report.chart.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.LegendEntry;

/**
 * The legend under a PDF chart, as {@link ChartLegend} has it on screen: a swatch per group or
 * rollup in its colour (dashed for rollups), then what shading, open dots and flags mean; items
 * flow into centred rows.
 */
final class PdfChartLegend {

    static final float SIZE = 8f;
    private static final float ROW = SIZE * 1.75f;
    private static final float SWATCH = 13f;
    private static final float SWATCH_GAP = 4f;
    private static final float ITEM_GAP = 13f;
    private static final Color TEXT = new Color(0x2b3340);
    private static final Color NOTE = new Color(0x5a6270);

    private final PdfCanvas canvas;
    private final List<LegendEntry> items;

    PdfChartLegend(PdfCanvas canvas, ChartData data) {
        this.canvas = canvas;
        this.items = data.legend();
    }

    /** How tall the legend is when it has {@code width} to flow in. */
    float height(float width) throws IOException {
        return rows(width).size() * ROW;
    }

    /** Draws the legend with its top at {@code top}. */
    void draw(float left, float top, float width) throws IOException {
        float baseline = top - SIZE;
        for (List<LegendEntry> row : rows(width)) {
            float x = left + (width - rowWidth(row)) / 2;
            for (LegendEntry item : row) {
                if (item.mark() != LegendEntry.Mark.TEXT) {
                    swatch(item, x, baseline + SIZE * 0.33f);
                    x += SWATCH + SWATCH_GAP;
                }
                canvas.text(item.text(), SIZE, TEXT, x, baseline);
                x += canvas.width(item.text(), SIZE) + ITEM_GAP;
            }
            baseline -= ROW;
        }
    }

    private List<List<LegendEntry>> rows(float width) throws IOException {
        List<List<LegendEntry>> rows = new ArrayList<>();
        List<LegendEntry> row = new ArrayList<>();
        float used = 0;
        for (LegendEntry item : items) {
            float itemWidth = itemWidth(item);
            if (!row.isEmpty() && used + itemWidth > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(item);
            used += itemWidth;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private float rowWidth(List<LegendEntry> row) throws IOException {
        float width = 0;
        for (LegendEntry item : row) {
            width += itemWidth(item);
        }
        return width - ITEM_GAP;
    }

    private float itemWidth(LegendEntry item) throws IOException {
        float swatch = item.mark() == LegendEntry.Mark.TEXT ? 0 : SWATCH + SWATCH_GAP;
        return swatch + canvas.width(item.text(), SIZE) + ITEM_GAP;
    }

    /** The swatch of an item, centred vertically on {@code middle}. */
    private void swatch(LegendEntry item, float x, float middle) throws IOException {
        float cx = x + SWATCH / 2;
        Color colour = item.subject().map(subject -> PdfCanvas.colour(subject.colour())).orElse(NOTE);
        switch (item.mark()) {
            case LINE -> canvas.line(x, middle, x + SWATCH, middle, 2.2f, colour);
            case DASHED_LINE -> canvas.line(x, middle, x + SWATCH, middle, 2.2f, colour, 4, 2);
            case BAR -> canvas.fillRect(x + 2, middle - 4, SWATCH - 4, 8, colour);
            case BAND -> {
                canvas.fillOpacity(0.22f);
                canvas.fillRect(x, middle - 4, SWATCH, 8, colour);
                canvas.opaque();
            }
            case CUT_OFF -> canvas.fillTriangleUp(cx, middle - 4, 8, 8, colour);
            case OPEN_DOT -> {
                canvas.fillCircle(cx, middle, 3f, colour);
                canvas.fillCircle(cx, middle, 1.8f, Color.WHITE);
            }
            case FLAG -> {
                canvas.fillDiamond(cx, middle, 4.5f, PdfChartMarks.FLAG);
                canvas.fillDiamond(cx, middle, 2.8f, new Color(0x8c8c8c));
            }
            case FLAG_BAR -> {
                canvas.fillRect(x + 2, middle - 4, SWATCH - 4, 8, new Color(0xb0b0b0));
                canvas.strokeRect(x + 2.6f, middle - 3.4f, SWATCH - 5.2f, 6.8f, 1.2f, PdfChartMarks.FLAG);
            }
            case TEXT -> {
                // words alone: drawn by the caller without a swatch
            }
        }
    }
}
