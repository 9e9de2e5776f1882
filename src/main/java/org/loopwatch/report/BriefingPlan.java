package org.loopwatch.report;

import java.util.List;
import org.loopwatch.report.chart.ChartData;

/**
 * A briefing computed off the FX thread, before its charts are drawn: everything of
 * {@link BriefingContent} except the images, and the chart data to draw them from.
 */
public record BriefingPlan(String title, String subtitle, String recentHeading, List<BriefingContent.SummaryLine> summary,
                           List<String> remarks, List<PlannedChart> charts, List<String> methods,
                           Provenance provenance) {

    public BriefingPlan {
        summary = List.copyOf(summary);
        remarks = List.copyOf(remarks);
        charts = List.copyOf(charts);
        methods = List.copyOf(methods);
    }

    /** One chart page to draw. */
    public record PlannedChart(String heading, String caption, ChartData data) {
    }

    /** Steps of the whole export: each chart, then writing the file. */
    public int steps() {
        return charts.size() + 1;
    }
}
