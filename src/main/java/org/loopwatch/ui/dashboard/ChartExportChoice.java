package org.loopwatch.ui.dashboard;

import org.loopwatch.report.ExportSize;
import org.loopwatch.report.chart.ChartKind;

/** What the chart export dialog answers: which chart, and the image size with its scale. */
public record ChartExportChoice(ChartKind kind, ExportSize size) {
}
