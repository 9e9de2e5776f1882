package org.loopwatch.ui.dashboard;

import java.util.List;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartRequest;

/**
 * What the dashboard shows after one computation: tiles and the four charts' data, or that the
 * database holds no results yet.
 *
 * @param request the rolling-chart request the charts were built from, e.g. for exports
 */
record DashboardSnapshot(boolean noResults, List<TileData> tiles, List<ChartData> charts, ChartRequest request) {

    static final DashboardSnapshot NO_RESULTS = new DashboardSnapshot(true, List.of(), List.of(), null);

    DashboardSnapshot {
        tiles = List.copyOf(tiles);
        charts = List.copyOf(charts);
    }
}
