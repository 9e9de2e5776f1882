package org.loopwatch.ui.dashboard;

import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartRequest;

/**
 * One chart of the dashboard with the request it was drawn from (for copying and exporting it).
 *
 * @param id the chart's automation id, e.g. {@code dashboardChart-rolling-in_loop}
 */
record DashboardChart(String id, ChartData data, ChartRequest request) {

    /** The suffix of ids such as {@code copyChart-rolling-in_loop}. */
    String code() {
        return id.substring("dashboardChart-".length());
    }
}
