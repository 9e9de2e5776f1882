package org.loopwatch.report;

import java.util.List;

/**
 * Everything a briefing PDF shows, computed beforehand: the summary table, the chart images, the
 * methods note and the provenance. The PDF writer only lays it out.
 *
 * @param title    e.g. "LoopWatch briefing — Beijing 2022 closed loop"
 * @param subtitle e.g. "4 January – 22 January 2022 · all groups"
 * @param recentHeading heading of the recent-positivity column, e.g. "Last 7 days"
 * @param remarks  short paragraphs printed under the summary table
 * @param methods  paragraphs of the methods note
 */
public record BriefingContent(String title, String subtitle, String recentHeading, List<SummaryLine> summary, List<String> remarks,
                              List<ChartImage> charts, List<String> methods, Provenance provenance) {

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

    /** One chart page: a heading, a caption line (period, stage, groups) and the rendered image. */
    public record ChartImage(String heading, String caption, CompressedImage image) {
    }
}
