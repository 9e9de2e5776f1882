package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSeriesCache;

/**
 * The dashboard's incremental path (SPEC §9, save → dashboard): after any run of saves and
 * deletions, the index followed save by save ({@link ResultIndex#with}) and the snapshot computed
 * with the series, charts, tiles and alert sentences kept from the computation before
 * ({@link ChartSeriesCache}, {@link KeptTiles}, {@link AlertExplanations}) equal a fresh
 * computation over an index rebuilt from the rows: tiles, every chart's series and texts, alerts.
 */
class IncrementalDashboardTest {

    private static final List<Group> GROUPS = List.of(new Group(1, "Athletes", 0, "#0072B2", true),
            new Group(2, "Team officials", 1, "#E69F00", true), new Group(3, "Operating staff", 2, "#009E73", true),
            new Group(4, "Media", 3, "#CC79A7", true), new Group(5, "Group 5", 4, "#56B4E9", true));
    private static final List<Rollup> ROLLUPS = List.of(new Rollup(1, "Athletes & team officials", false, List.of(1L, 2L)),
            new Rollup(2, Rollup.ALL_GROUPS, true, List.of()));
    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 90;

    @Test
    void aDashboardFollowedSaveBySaveEqualsOneComputedAfresh() {
        int alertsCompared = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            ResultIndex.Builder rows = ResultIndex.builder();
            for (int day = 0; day < DAYS - 3; day++) {
                for (Group group : GROUPS) {
                    for (Stage stage : Stage.values()) {
                        if (random.nextInt(10) > 0) {
                            long tests = stage == Stage.ARRIVAL ? 80 + random.nextInt(60) : 5_000 + random.nextInt(3_000);
                            rows.add(group.id(), stage, FIRST.plusDays(day).toEpochDay(), tests,
                                    random.nextInt(10) == 0 ? 6 + random.nextInt(10) : random.nextInt(3));
                        }
                    }
                }
            }
            ResultIndex index = rows.build();
            ChartSeriesCache kept = new ChartSeriesCache();
            AlertExplanations keptTexts = new AlertExplanations(); // decision 0062
            KeptTiles keptTiles = new KeptTiles(); // decision 0069
            DashboardCalculator.compute(inputs(index), filters(index, random), kept, keptTexts, keptTiles);
            for (int save = 0; save < 25; save++) {
                ResultKey key = new ResultKey(FIRST.plusDays(DAYS - 8 + random.nextInt(8)),
                        GROUPS.get(random.nextInt(GROUPS.size())).id(), Stage.values()[random.nextInt(2)]);
                Optional<Counts> now = random.nextInt(6) == 0 ? Optional.empty()
                        : Optional.of(new Counts(100 + random.nextInt(9_000), random.nextInt(20)));
                index = index.with(key, now);
                ResultIndex rebuilt = rebuilt(index);
                DashboardFilters filters = filters(index, random);

                DashboardSnapshot followed = DashboardCalculator.compute(inputs(index), filters, kept, keptTexts,
                        keptTiles);
                DashboardSnapshot fresh = DashboardCalculator.compute(inputs(rebuilt), filters);

                assertThat(index.cellsDiffering(rebuilt)).as("seed %d save %d", seed, save).isEmpty();
                assertThat(followed.tiles()).as("seed %d save %d", seed, save).isEqualTo(fresh.tiles());
                assertThat(followed.alerts()).isEqualTo(fresh.alerts());
                alertsCompared += fresh.alerts().size();
                assertThat(followed.shownCharts()).hasSameSizeAs(fresh.shownCharts());
                for (int i = 0; i < fresh.shownCharts().size(); i++) {
                    DashboardChart mine = followed.shownCharts().get(i);
                    DashboardChart theirs = fresh.shownCharts().get(i);
                    assertThat(mine.id()).isEqualTo(theirs.id());
                    assertThat(mine.data().series()).as("%s, seed %d save %d", mine.id(), seed, save)
                            .isEqualTo(theirs.data().series());
                    assertThat(List.of(mine.data().title(), mine.data().subtitle(), mine.data().legend()))
                            .isEqualTo(List.of(theirs.data().title(), theirs.data().subtitle(), theirs.data().legend()));
                }
            }
        }
        assertThat(alertsCompared).as("kept alert sentences compared with fresh ones").isPositive();
    }

    @Test
    void aSaveToOneGroupWritesOnlyTheTilesAndChartsThatShowIt() {
        ResultIndex.Builder rows = ResultIndex.builder();
        for (int day = 0; day < DAYS - 1; day++) {
            for (Group group : GROUPS) {
                for (Stage stage : Stage.values()) {
                    rows.add(group.id(), stage, FIRST.plusDays(day).toEpochDay(), stage == Stage.ARRIVAL ? 100 : 6_000,
                            day % 7 == group.id() ? 1 : 0);
                }
            }
        }
        ResultIndex index = rows.build();
        LocalDate last = index.lastDate().orElseThrow();
        DashboardFilters filters = new DashboardFilters(last.minusDays(55), last, StageChoice.APART,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Set.of(), last);
        ChartSeriesCache kept = new ChartSeriesCache();
        AlertExplanations keptTexts = new AlertExplanations();
        KeptTiles keptTiles = new KeptTiles();
        DashboardSnapshot before = DashboardCalculator.compute(inputs(index), filters, kept, keptTexts, keptTiles);

        // Operating staff's in-loop count of the last day corrected: one (group, stage) cell.
        ResultIndex saved = index.with(new ResultKey(last, 3, Stage.IN_LOOP), Optional.of(new Counts(6_000, 4)));
        DashboardSnapshot after = DashboardCalculator.compute(inputs(saved), filters, kept, keptTexts, keptTiles);

        assertThat(after.tiles()).isEqualTo(DashboardCalculator.compute(inputs(rebuilt(saved)), filters).tiles());
        int tilesKept = 0;
        for (int i = 0; i < after.tiles().size(); i++) {
            TileData tile = after.tiles().get(i);
            if (tile.subject().groupIds().contains(3L)) {
                assertThat(tile).as(tile.subject().name()).isNotSameAs(before.tiles().get(i));
            } else {
                assertThat(tile).as(tile.subject().name()).isSameAs(before.tiles().get(i));
                tilesKept++;
            }
        }
        int chartsKept = 0;
        for (int i = 0; i < after.shownCharts().size(); i++) {
            ChartData was = before.shownCharts().get(i).data();
            ChartData now = after.shownCharts().get(i).data();
            boolean showsIt = now.request().stage().stages().contains(Stage.IN_LOOP)
                    && now.series().stream().anyMatch(series -> series.subject().groupIds().contains(3L));
            assertThat(now.title()).as("a chart's words depend on no row").isSameAs(was.title());
            if (showsIt) {
                assertThat(now.series()).as(after.shownCharts().get(i).id()).isNotSameAs(was.series());
            } else {
                // The very list drawn before: ChartUpdate leaves such a chart as it is.
                assertThat(now.series()).as(after.shownCharts().get(i).id()).isSameAs(was.series());
                chartsKept++;
            }
        }
        assertThat(tilesKept).as("tiles kept").isPositive();
        assertThat(chartsKept).as("charts kept").isPositive();
    }

    /*
     * A chart's legend, axis top and cut-off marks are worked out once and kept: redrawing a chart a
     * save changed asked for the axis top three times and the cut-off marks twice, each a pass over
     * its points on the FX thread (decision 0072). Kept across saves with the very series list; for
     * a chart the save changed, those of its own points, as a chart computed afresh.
     */
    @Test
    void aSavesChartsWorkOutTheirLegendAndAxisOnce() {
        ResultIndex.Builder rows = ResultIndex.builder();
        for (int day = 0; day < DAYS - 1; day++) {
            for (Group group : GROUPS) {
                for (Stage stage : Stage.values()) {
                    rows.add(group.id(), stage, FIRST.plusDays(day).toEpochDay(), stage == Stage.ARRIVAL ? 100 : 6_000,
                            day % 7 == group.id() ? 1 : 0);
                }
            }
        }
        ResultIndex index = rows.build();
        LocalDate last = index.lastDate().orElseThrow();
        DashboardFilters filters = new DashboardFilters(last.minusDays(55), last, StageChoice.APART,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Set.of(), last);
        ChartSeriesCache kept = new ChartSeriesCache();
        AlertExplanations keptTexts = new AlertExplanations();
        KeptTiles keptTiles = new KeptTiles();
        DashboardSnapshot before = DashboardCalculator.compute(inputs(index), filters, kept, keptTexts, keptTiles);
        before.shownCharts().forEach(chart -> chart.data().legend()); // drawn
        ResultIndex saved = index.with(new ResultKey(last, 3, Stage.IN_LOOP), Optional.of(new Counts(6_000, 40)));
        DashboardSnapshot after = DashboardCalculator.compute(inputs(saved), filters, kept, keptTexts, keptTiles);
        DashboardSnapshot afresh = DashboardCalculator.compute(inputs(rebuilt(saved)), filters);

        int changed = 0;
        for (int i = 0; i < after.shownCharts().size(); i++) {
            ChartData was = before.shownCharts().get(i).data();
            ChartData now = after.shownCharts().get(i).data();
            ChartData fresh = afresh.shownCharts().get(i).data();
            String id = after.shownCharts().get(i).id();
            assertThat(now.legend()).as(id).isSameAs(now.legend()).isEqualTo(fresh.legend());
            assertThat(now.cutMarks()).as(id).isSameAs(now.cutMarks()).isEqualTo(fresh.cutMarks());
            assertThat(now.maxValue()).as(id).isEqualTo(fresh.maxValue());
            if (now.series() == was.series()) {
                assertThat(now.legend()).as(id + " kept").isSameAs(was.legend());
            } else {
                changed++;
            }
        }
        assertThat(changed).as("charts the save changed").isPositive();
    }

    @Test
    void cellsDifferingNamesExactlyTheChangedCell() {
        ResultIndex index = ResultIndex.builder().add(1, Stage.ARRIVAL, FIRST.toEpochDay(), 10, 1)
                .add(1, Stage.ARRIVAL, FIRST.plusDays(2).toEpochDay(), 10, 1)
                .add(2, Stage.IN_LOOP, FIRST.plusDays(1).toEpochDay(), 10, 0).build();
        ResultIndex saved = index.with(new ResultKey(FIRST.plusDays(1), 2, Stage.IN_LOOP), Optional.of(new Counts(10, 3)));

        assertThat(index.cellsDiffering(saved)).containsExactly(new ResultIndex.Cell(2, Stage.IN_LOOP));
        assertThat(saved.cellsDiffering(rebuilt(saved))).isEmpty();
        assertThat(index.cellsDiffering(index.with(new ResultKey(FIRST.plusDays(5), 1, Stage.IN_LOOP),
                Optional.of(new Counts(4, 0))))).containsExactly(new ResultIndex.Cell(1, Stage.IN_LOOP));
    }

    /* The same rows indexed anew, sharing nothing with the index followed save by save. */
    private static ResultIndex rebuilt(ResultIndex index) {
        ResultIndex.Builder rows = ResultIndex.builder();
        for (LocalDate day = FIRST.minusDays(5); day.isBefore(FIRST.plusDays(DAYS + 5)); day = day.plusDays(1)) {
            for (Group group : GROUPS) {
                for (Stage stage : Stage.values()) {
                    long epochDay = day.toEpochDay();
                    index.cell(day, group.id(), stage).ifPresent(counts -> rows.add(group.id(), stage, epochDay,
                            counts.tests(), counts.positives()));
                }
            }
        }
        return rows.build();
    }

    private static ChartInputs inputs(ResultIndex index) {
        return new ChartInputs(GROUPS, ROLLUPS, index, List.of(), Optional.of(FIRST.plusDays(10)),
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, StageChoice.APART,
                AlertRules.DEFAULTS);
    }

    /* The default period ending on the last day, now and then moved on by a day as a new day's first save does. */
    private static DashboardFilters filters(ResultIndex index, Random random) {
        LocalDate last = index.lastDate().orElseThrow();
        return new DashboardFilters(last.minusDays(55), last, random.nextInt(5) == 0 ? StageChoice.BOTH : StageChoice.APART,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Set.of(), last);
    }
}
