package org.loopwatch.ui.dashboard;

import org.loopwatch.report.ChartFormat;
import org.loopwatch.report.ExportSize;
import org.loopwatch.report.chart.ChartKind;

/**
 * What the chart export dialog answers: which chart, the size with its scale, and the format
 * (a PNG image, or an SVG document of the same page).
 */
public record ChartExportChoice(ChartKind kind, ExportSize size, ChartFormat format) {

    /** A PNG of {@code kind} at {@code size}. */
    public ChartExportChoice(ChartKind kind, ExportSize size) {
        this(kind, size, ChartFormat.PNG);
    }
}
