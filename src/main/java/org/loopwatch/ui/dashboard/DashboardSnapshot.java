package org.loopwatch.ui.dashboard;

import java.util.List;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartRequest;

/**
 * What the dashboard shows after one computation: tiles and the charts, or that the database
 * holds no results yet.
 *
 * @param request the request behind the first rolling chart, e.g. for exports
 * @param alerts  every alert of the period in the groups and stages shown, newest first, explained
 */
record DashboardSnapshot(boolean noResults, List<TileData> tiles, List<DashboardChart> shownCharts,
                         ChartRequest request, List<AlertItem> alerts) {

    static final DashboardSnapshot NO_RESULTS = new DashboardSnapshot(true, List.of(), List.of(), null, List.of());

    DashboardSnapshot {
        tiles = List.copyOf(tiles);
        shownCharts = List.copyOf(shownCharts);
        alerts = List.copyOf(alerts);
    }

    /** The charts' data, in the order shown. */
    List<ChartData> charts() {
        return shownCharts.stream().map(DashboardChart::data).toList();
    }
}
