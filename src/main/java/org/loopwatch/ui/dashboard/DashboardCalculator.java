package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.PeriodSummaryCalculator;
import org.loopwatch.domain.PeriodSummaryRequest;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummarySubject;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPanels;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeriesCache;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.StageFilter;

/** Turns loaded data and filters into tiles and chart data; pure, run on the background thread. */
final class DashboardCalculator {

    /** The default period: the last eight weeks with data. */
    static final int DEFAULT_DAYS = 56;

    private DashboardCalculator() {
    }

    static DashboardSnapshot compute(ChartInputs inputs, DashboardFilters filters) {
        return compute(inputs, filters, new ChartSeriesCache());
    }

    /**
     * As {@link #compute(ChartInputs, DashboardFilters)}, taking from {@code kept} the chart series
     * whose rows did not change since it computed them: after a save, the series of the saved
     * (group, stage) and of the rollups holding it; the same result as computing everything.
     */
    static DashboardSnapshot compute(ChartInputs inputs, DashboardFilters filters, ChartSeriesCache kept) {
        return compute(inputs, filters, kept, new AlertExplanations());
    }

    /** As {@link #compute(ChartInputs, DashboardFilters, ChartSeriesCache)}, the alerts' sentences taken from {@code alertTexts} too. */
    static DashboardSnapshot compute(ChartInputs inputs, DashboardFilters filters, ChartSeriesCache kept,
                                     AlertExplanations alertTexts) {
        return compute(inputs, filters, kept, alertTexts, new KeptTiles());
    }

    /**
     * As {@link #compute(ChartInputs, DashboardFilters, ChartSeriesCache, AlertExplanations)}, taking from
     * {@code keptTiles} the tiles whose summary and settings are those it wrote them for (decision 0069).
     */
    static DashboardSnapshot compute(ChartInputs inputs, DashboardFilters filters, ChartSeriesCache kept,
                                     AlertExplanations alertTexts, KeptTiles keptTiles) {
        kept.startComputation(inputs.index());
        alertTexts.startComputation();
        keptTiles.startComputation();
        if (inputs.hasNoResults()) {
            return DashboardSnapshot.NO_RESULTS;
        }
        List<ChartSubject> shown = inputs.subjects().stream()
                .filter(subject -> !filters.hiddenSubjects().contains(subject.key())).toList();
        PeriodSummary summary = summary(inputs, shown, filters);
        List<TileData> tiles = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ChartSubject subject = shown.get(i);
            SubjectSummary figures = summary.subjects().get(i);
            tiles.add(keptTiles.tile(subject, figures, filters.from(), filters.to(), filters.window().days(),
                    summary.request().windowFrom(), inputs.groups(),
                    () -> TileCalculator.tile(inputs, subject, figures, filters.from(), filters.to(),
                            filters.window().days(), summary.request().windowFrom())));
        }
        LocalDate countingStart = inputs.countingStart().orElse(filters.from());
        List<DashboardChart> charts = new ArrayList<>();
        for (StageFilter stage : StageFilter.rollingFor(filters.stage())) {
            ChartRequest rolling = new ChartRequest(ChartKind.ROLLING, inputs.index(), shown, inputs.groups(), stage,
                    filters.from(), filters.to(), filters.window(), filters.method(), filters.level(), countingStart,
                    inputs.markers()).withAlertRules(inputs.alertRules()).withToday(filters.today());
            String suffix = filters.stage() == StageChoice.APART ? "-" + stage.code() : "";
            // Small multiples (decision 0021): the first panel keeps the chart's id, the others are numbered.
            List<ChartRequest> panels = ChartPanels.of(rolling);
            for (int i = 0; i < panels.size(); i++) {
                charts.add(chart(panels.get(i), suffix + (i == 0 ? "" : "-" + (i + 1)), kept));
            }
        }
        ChartRequest counts = charts.get(0).request().withSubjects(shown)
                .withStage(StageFilter.countsFor(filters.stage()));
        for (ChartKind kind : List.of(ChartKind.POSITIVES, ChartKind.TESTS, ChartKind.CUMULATIVE)) {
            charts.add(chart(counts.withKind(kind), "", kept));
        }
        // What the exports take: every group and rollup shown, not only the first panel's.
        return new DashboardSnapshot(false, tiles, charts, charts.get(0).request().withSubjects(shown),
                AlertItem.of(summary, inputs.groups(), alertTexts));
    }

    /**
     * The domain summary behind the tiles: the same computation as the briefing's table and
     * {@code loopwatch summary}.
     */
    static PeriodSummary summary(ChartInputs inputs, List<ChartSubject> shown, DashboardFilters filters) {
        List<SummarySubject> subjects = shown.stream().map(ChartSubject::summarySubject).toList();
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(inputs.index(), inputs.groups(), subjects,
                        filters.from(), filters.to())
                .withScopes(filters.stage().scopes())
                .withWindow(filters.window())
                .withInterval(filters.method(), filters.level())
                .withReportingBounds(inputs.loopStart(), filters.today())
                .withAlertRules(inputs.alertRules()));
    }

    private static DashboardChart chart(ChartRequest request, String suffix, ChartSeriesCache kept) {
        return new DashboardChart("dashboardChart-" + request.kind().code() + suffix, ChartData.of(request, kept),
                request);
    }

    /** The first day of the default period ending on {@code last}, not before the data starts. */
    static LocalDate defaultFrom(ChartInputs inputs, LocalDate last) {
        LocalDate eightWeeks = last.minusDays(DEFAULT_DAYS - 1L);
        LocalDate first = inputs.index().firstDate().orElse(eightWeeks);
        return first.isAfter(eightWeeks) ? first : eightWeeks;
    }
}
