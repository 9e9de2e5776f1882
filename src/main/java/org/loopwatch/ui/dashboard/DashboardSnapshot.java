package org.loopwatch.ui.dashboard;

import java.util.List;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartRequest;

/**
 * What the dashboard shows after one computation: tiles and the charts, or that the database
 * holds no results yet.
 *
 * @param request the request behind the first rolling chart, e.g. for exports
 */
record DashboardSnapshot(boolean noResults, List<TileData> tiles, List<DashboardChart> shownCharts,
                         ChartRequest request) {

    static final DashboardSnapshot NO_RESULTS = new DashboardSnapshot(true, List.of(), List.of(), null);

    DashboardSnapshot {
        tiles = List.copyOf(tiles);
        shownCharts = List.copyOf(shownCharts);
    }

    /** The charts' data, in the order shown. */
    List<ChartData> charts() {
        return shownCharts.stream().map(DashboardChart::data).toList();
    }
}
