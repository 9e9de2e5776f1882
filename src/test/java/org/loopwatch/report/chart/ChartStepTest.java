package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;

/** Long periods drawn by week or month: which step, which stretches, and that their figures are the days' sums. */
class ChartStepTest {

    private static final LocalDate TEN_YEARS_FROM = LocalDate.of(2016, 1, 1);
    private static final LocalDate TEN_YEARS_TO = LocalDate.of(2025, 12, 28);

    @Test
    void aClosedLoopIsDrawnByDayAYearByWeekAndTenYearsByMonth() {
        LocalDate from = LocalDate.of(2022, 1, 4);
        assertThat(ChartStep.forPeriod(from, from.plusDays(ChartStep.MAX_DAYS_BY_DAY - 1))).isEqualTo(ChartStep.DAY);
        assertThat(ChartStep.forPeriod(from, from.plusDays(ChartStep.MAX_DAYS_BY_DAY))).isEqualTo(ChartStep.WEEK);
        assertThat(ChartStep.forPeriod(from, from.plusDays(ChartStep.MAX_DAYS_BY_WEEK - 1))).isEqualTo(ChartStep.WEEK);
        assertThat(ChartStep.forPeriod(TEN_YEARS_FROM, TEN_YEARS_TO)).isEqualTo(ChartStep.MONTH);
    }

    @Property(tries = 200)
    void stretchesCoverEveryDayOnceInOrder(@ForAll @IntRange(min = 0, max = 4000) int startOffset,
                                           @ForAll @IntRange(min = 1, max = 4000) int days) {
        LocalDate from = LocalDate.of(2015, 1, 1).plusDays(startOffset);
        LocalDate to = from.plusDays(days - 1);
        for (ChartStep step : ChartStep.values()) {
            List<ChartStep.Stretch> stretches = step.stretches(from, to);
            assertThat(stretches.getFirst().first()).isEqualTo(from);
            assertThat(stretches.getLast().last()).isEqualTo(to);
            for (int i = 1; i < stretches.size(); i++) {
                assertThat(stretches.get(i).first()).isEqualTo(stretches.get(i - 1).last().plusDays(1));
            }
            for (ChartStep.Stretch stretch : stretches) {
                assertThat(stretch.days()).isBetween(1L, step == ChartStep.DAY ? 1L : step == ChartStep.WEEK ? 7L : 31L);
            }
        }
    }

    @Test
    void weeksEndOnTheLastDayAndMonthsAreCalendarMonths() {
        List<ChartStep.Stretch> weeks = ChartStep.WEEK.stretches(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(weeks.getLast()).isEqualTo(new ChartStep.Stretch(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 31)));
        assertThat(weeks.getFirst()).isEqualTo(new ChartStep.Stretch(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));

        List<ChartStep.Stretch> months = ChartStep.MONTH.stretches(TEN_YEARS_FROM, TEN_YEARS_TO);
        assertThat(months).hasSize(120);
        assertThat(months.get(1)).isEqualTo(new ChartStep.Stretch(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
        assertThat(months.getLast()).isEqualTo(new ChartStep.Stretch(LocalDate.of(2025, 12, 1), TEN_YEARS_TO));
    }

    @Test
    void aMonthsBarIsTheSumOfItsDaysAndItsPositivityTheRatioOfThoseSums() {
        ChartRequest tests = ChartFixtures.longRequest(ChartKind.TESTS, TEN_YEARS_FROM, TEN_YEARS_TO);
        ChartData bars = ChartData.of(tests);
        ChartData rates = ChartData.of(tests.withKind(ChartKind.ROLLING));

        assertThat(bars.step()).isEqualTo(ChartStep.MONTH);
        assertThat(bars.title()).isEqualTo("Tests per month, by group");
        assertThat(rates.title()).isEqualTo("Monthly positivity with 95 % confidence interval");
        assertThat(rates.definition()).contains("each point is a month");
        ChartPoint february = bars.series().get(1).points().get(1);
        Selection staff = new Selection(java.util.Set.of(ChartFixtures.STAFF.id()), java.util.Set.of(Stage.values()));
        Counts sums = tests.index().sum(staff, LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29));
        assertThat(february.value()).contains((double) sums.tests());
        assertThat(february.description()).startsWith("Operating staff, February 2016: ");

        ChartPoint rate = rates.series().get(1).points().get(1);
        assertThat(rate.value()).contains(PositivityCalculator.estimate(sums).positivity().getAsDouble());
        assertThat(rate.position()).isEqualTo((LocalDate.of(2016, 2, 1).toEpochDay() + LocalDate.of(2016, 2, 29).toEpochDay()) / 2.0);
        assertThat(rates.series().stream().flatMap(series -> series.points().stream()).noneMatch(ChartPoint::flagged))
                .as("only days are flagged").isTrue();
    }

    @Test
    void aCumulativePointOfAWeekIsTheCountToItsLastDay() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        ChartRequest request = ChartFixtures.longRequest(ChartKind.CUMULATIVE, from, to);
        ChartData weekly = ChartData.of(request);

        assertThat(weekly.step()).isEqualTo(ChartStep.WEEK);
        ChartPoint last = weekly.series().get(0).points().getLast();
        assertThat(last.date()).isEqualTo(to);
        Selection athletes = new Selection(java.util.Set.of(ChartFixtures.ATHLETES.id()), java.util.Set.of(Stage.values()));
        assertThat(last.value()).contains((double) request.index().sum(athletes, from, to).positives());
    }

    @Test
    void dayTicksFallOnTheFirstOfTheYearForTenYearsAndOnWeeksForAClosedLoop() {
        assertThat(DayTicks.of(TEN_YEARS_FROM, TEN_YEARS_TO)).extracting(DayTicks.Tick::label)
                .containsExactly("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(DayTicks.of(TEN_YEARS_FROM, TEN_YEARS_TO).get(4).epochDay())
                .isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        assertThat(DayTicks.of(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 12, 31))).extracting(DayTicks.Tick::label)
                .startsWith("Apr 2024", "Jul 2024").hasSizeLessThanOrEqualTo(10);
        assertThat(DayTicks.of(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 2, 20))).extracting(DayTicks.Tick::label)
                .containsExactly("4 Jan", "11 Jan", "18 Jan", "25 Jan", "1 Feb", "8 Feb", "15 Feb");
        assertThat(DayTicks.axisLabel(TEN_YEARS_FROM, TEN_YEARS_TO)).isEqualTo("2016–2025");
    }
}
