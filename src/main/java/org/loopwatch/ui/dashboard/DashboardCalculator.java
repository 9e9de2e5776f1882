package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSubject;

/** Turns loaded data and filters into tiles and chart data; pure, run on the background thread. */
final class DashboardCalculator {

    /** The default period: the last eight weeks with data. */
    static final int DEFAULT_DAYS = 56;

    private DashboardCalculator() {
    }

    static DashboardSnapshot compute(ChartInputs inputs, DashboardFilters filters) {
        if (inputs.hasNoResults()) {
            return DashboardSnapshot.NO_RESULTS;
        }
        List<ChartSubject> shown = inputs.subjects().stream()
                .filter(subject -> !filters.hiddenSubjects().contains(subject.key())).toList();
        LocalDate countingStart = inputs.countingStart().orElse(filters.from());
        List<TileData> tiles = new ArrayList<>();
        for (ChartSubject subject : shown) {
            tiles.add(TileCalculator.tile(inputs, subject, filters, countingStart));
        }
        ChartRequest request = new ChartRequest(ChartKind.ROLLING, inputs.index(), shown, inputs.groups(),
                filters.stage(), filters.from(), filters.to(), filters.window(), filters.method(), filters.level(),
                countingStart, inputs.markers());
        List<ChartData> charts = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            charts.add(ChartData.of(request.withKind(kind)));
        }
        return new DashboardSnapshot(false, tiles, charts, request);
    }

    /** The first day of the default period ending on {@code last}, not before the data starts. */
    static LocalDate defaultFrom(ChartInputs inputs, LocalDate last) {
        LocalDate eightWeeks = last.minusDays(DEFAULT_DAYS - 1L);
        LocalDate first = inputs.index().firstDate().orElse(eightWeeks);
        return first.isAfter(eightWeeks) ? first : eightWeeks;
    }
}
