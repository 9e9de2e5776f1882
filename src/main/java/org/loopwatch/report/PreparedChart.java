package org.loopwatch.report;

import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFactory;
import org.loopwatch.report.chart.ChartPane;

/**
 * A chart export computed off the FX thread: the chart's numbers, the words around it and its
 * provenance. Drawing it ({@link #page()}) happens on the FX thread.
 *
 * @param title    what the chart shows
 * @param subtitle the event (which says "illustrative" for the demo), period, stage and groups
 */
public record PreparedChart(ChartData data, String title, String subtitle, Provenance provenance) {

    /** Draws the chart into a page ready for {@link ChartImageRenderer}; FX thread only. */
    public ChartPage page() {
        ChartPane pane = ChartFactory.create(data);
        pane.chart().setTitle(null); // the page draws the title, larger
        return new ChartPage(title, subtitle, pane, provenance);
    }

    /** A file name for a save dialog, e.g. {@code loopwatch-rolling-2022-01-04-to-2022-02-20.png}. */
    public String suggestedFileName() {
        return "loopwatch-" + data.kind().code() + "-" + data.request().from() + "-to-" + data.request().to() + ".png";
    }
}
