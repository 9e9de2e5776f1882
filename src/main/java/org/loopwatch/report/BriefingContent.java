package org.loopwatch.report;

import java.util.List;
import org.loopwatch.report.chart.ChartData;

/**
 * Everything a briefing PDF shows, computed beforehand (off the FX thread, without JavaFX): the
 * summary table, the data of each chart page, the methods note and the provenance. The PDF writer
 * lays it out and draws the charts as vectors.
 *
 * @param title    e.g. "LoopWatch briefing — Beijing 2022 closed loop"
 * @param subtitle e.g. "4 January – 22 January 2022 · all groups"
 * @param recentHeading heading of the recent-positivity column, e.g. "Last 7 days"
 * @param remarks  short paragraphs printed under the summary table
 * @param methods  paragraphs of the methods note
 */
public record BriefingContent(String title, String subtitle, String recentHeading, List<SummaryLine> summary, List<String> remarks,
                              List<ChartPage> charts, List<String> methods, Provenance provenance) {

    public BriefingContent {
        summary = List.copyOf(summary);
        remarks = List.copyOf(remarks);
        charts = List.copyOf(charts);
        methods = List.copyOf(methods);
    }

    /**
     * One line of the summary table, already formatted with the domain's display rules. A cell
     * may hold a line break where a long text should wrap.
     */
    public record SummaryLine(String name, String stage, String tests, String positives, String positivity,
                              String interval, String recent, String flags, boolean rollup) {
    }

    /** One chart page: a heading, a caption (period, stage, groups) and the chart to draw. */
    public record ChartPage(String heading, String caption, ChartData data) {
    }

    /** Steps of writing the file, for a progress bar: each page of charts, then saving. */
    public int steps() {
        return charts.size() + 1;
    }
}
