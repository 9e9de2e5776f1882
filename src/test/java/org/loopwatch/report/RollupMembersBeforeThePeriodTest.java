package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.OpenMode;

/**
 * A rollup counts every member's rows, also those of a member that reported only before the
 * period: exports once dropped such members from their rollups, so the briefing's "cumulative
 * positives since the loop start" of "All groups" left out a group that had stopped reporting
 * (seen on 2026-12-07: 2,215 where the dashboard had 17,492), and the first windows of a rolling
 * chart, which reach back before the period, left out its last days.
 */
class RollupMembersBeforeThePeriodTest {

    /** Team officials report from the loop start (4 January) to the 9th only; the period starts on the 15th. */
    private static final LocalDate OFFICIALS_LAST = LocalDate.of(2022, 1, 9);
    private static final LocalDate FROM = LocalDate.of(2022, 1, 15);
    private static final long OFFICIALS_POSITIVES_PER_DAY = 5;

    @TempDir
    Path folder;

    @Test
    void theBriefingsCumulativeChartCountsAMemberThatStoppedReportingBeforeThePeriod() {
        Path file = withOfficialsUntilTheNinth();
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            BriefingContent briefing = BriefingExport.prepare(database, spec(List.of()), ExportFixtures.CLOCK);

            ChartData cumulative = chart(briefing, ChartKind.CUMULATIVE);
            long officials = 6 * OFFICIALS_POSITIVES_PER_DAY; // 4–9 January
            // Athletes report no positives: their rollup's count since the loop start is the officials'.
            assertThat(firstValue(cumulative, "Athletes & team officials")).isEqualTo(officials);
            // Operating staff's 39 + 33 positives are spread over 4–22 January, from the 4th to the 15th here.
            assertThat(firstValue(cumulative, "All groups"))
                    .isEqualTo(officials + positivesUpTo(FROM, 39) + positivesUpTo(FROM, 33));
        }
    }

    @Test
    void theChartExportsCumulativeChartOfANamedRollupCountsItToo() {
        Path file = withOfficialsUntilTheNinth();
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            PreparedChart chart = ChartExports.prepare(database, new ChartExportSpec(ChartKind.CUMULATIVE,
                    Optional.of(FROM), Optional.of(ExportFixtures.LAST), List.of("Athletes & team officials"),
                    Optional.empty()), ExportFixtures.CLOCK);

            assertThat(firstValue(chart.data(), "Athletes & team officials"))
                    .isEqualTo(6 * OFFICIALS_POSITIVES_PER_DAY);
        }
    }

    @Test
    void aRollingWindowThatReachesBackBeforeThePeriodCountsTheMembersRowsThere() {
        Path file = withOfficialsUntilTheNinth();
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            LocalDate from = LocalDate.of(2022, 1, 10); // the 7-day window of the 10th holds 4–9 January's officials
            BriefingSpec spec = new BriefingSpec(Optional.of(from), Optional.of(ExportFixtures.LAST),
                    Optional.of(RollingWindow.SEVEN_DAYS), Optional.of(IntervalMethod.WILSON),
                    Optional.of(ConfidenceLevel.NINETY_FIVE), List.of("Athletes & team officials"),
                    Optional.of(StageChoice.ARRIVAL));
            BriefingContent briefing = BriefingExport.prepare(database, spec, ExportFixtures.CLOCK);

            ChartPoint tenth = series(chart(briefing, ChartKind.ROLLING), "Athletes & team officials").points().get(0);
            assertThat(tenth.date()).isEqualTo(from);
            // 6 days of officials (100 arrival tests, 5 positives each) and 7 of athletes' arrivals.
            assertThat(tenth.counts().positives()).isEqualTo(6 * OFFICIALS_POSITIVES_PER_DAY);
            assertThat(tenth.counts().tests()).isGreaterThan(6 * 100);
        }
    }

    private Path withOfficialsUntilTheNinth() {
        Path file = ExportFixtures.publishedJanuary(folder);
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            long officials = database.groups().findByName("Team officials").orElseThrow().id();
            List<DailyResult> rows = new ArrayList<>();
            for (LocalDate date = ExportFixtures.FIRST; !date.isAfter(OFFICIALS_LAST); date = date.plusDays(1)) {
                rows.add(new DailyResult(date, officials, Stage.ARRIVAL, 100, OFFICIALS_POSITIVES_PER_DAY, ""));
            }
            database.results().importAll(rows, false, "officials before the period", ImportProgress.NONE);
        }
        return file;
    }

    private static BriefingSpec spec(List<String> groups) {
        return new BriefingSpec(Optional.of(FROM), Optional.of(ExportFixtures.LAST), Optional.of(RollingWindow.SEVEN_DAYS),
                Optional.of(IntervalMethod.WILSON), Optional.of(ConfidenceLevel.NINETY_FIVE), groups,
                Optional.of(StageChoice.APART));
    }

    private static ChartData chart(BriefingContent briefing, ChartKind kind) {
        return briefing.charts().stream().map(BriefingContent.ChartPage::data).filter(data -> data.kind() == kind)
                .findFirst().orElseThrow();
    }

    private static ChartSeries series(ChartData chart, String name) {
        return chart.series().stream().filter(series -> series.subject().name().equals(name)).findFirst().orElseThrow();
    }

    private static long firstValue(ChartData chart, String name) {
        return Math.round(series(chart, name).points().get(0).value().orElseThrow());
    }

    /* ExportFixtures.spread's positives on the days from the fixture's first day to {@code day}. */
    private static long positivesUpTo(LocalDate day, long positives) {
        int days = (int) (ExportFixtures.LAST.toEpochDay() - ExportFixtures.FIRST.toEpochDay() + 1);
        int counted = (int) (day.toEpochDay() - ExportFixtures.FIRST.toEpochDay() + 1);
        long sum = 0;
        for (int i = 0; i < counted; i++) {
            sum += positives / days + (i < positives % days ? 1 : 0);
        }
        return sum;
    }
}
