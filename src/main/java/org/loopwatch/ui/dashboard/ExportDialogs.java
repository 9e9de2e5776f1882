package org.loopwatch.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;

/**
 * The questions and the clipboard of the dashboard's exports, behind an interface so the view
 * model is tested without a screen (docs/architecture.md). Call on the FX thread.
 */
public interface ExportDialogs {

    /** Asks which chart, at which size and scale; empty when the person cancels. */
    Optional<ChartExportChoice> askChartExport(ChartKind suggested);

    /** Asks where to save a PNG, suggesting a name; empty when the person cancels. */
    Optional<Path> chooseImageFile(String suggestedName);

    /** Asks where to save the briefing PDF, suggesting a name; empty when the person cancels. */
    Optional<Path> choosePdfFile(String suggestedName);

    /** Draws the chart as an image (slide size) and puts it on the clipboard. */
    void copyToClipboard(PreparedChart chart);

    /** Puts plain text (e.g. the daily statement) on the clipboard. */
    void copyTextToClipboard(String text);
}
