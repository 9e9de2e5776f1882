package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Stage;

/**
 * The law of a long period's chart (issue 16): a week's or month's bar is the sum of its days, and
 * its positivity (with its interval) is the estimate of those sums, for every group and rollup and
 * every stage choice, whatever days are missing. The days are summed here one cell at a time, not
 * through {@link ResultIndex#sum}, so the law does not lean on the code it checks.
 */
class ChartBucketPropertyTest {

    private static final List<org.loopwatch.domain.Group> GROUPS = List.of(ChartFixtures.ATHLETES, ChartFixtures.STAFF);

    @Property(tries = 60, seed = "160035")
    void aWeeksOrMonthsPointIsTheSumOfItsDays(@ForAll @IntRange(min = 0, max = 3000) int startOffset,
                                              @ForAll @IntRange(min = ChartStep.MAX_DAYS_BY_DAY + 1, max = 1500) int days,
                                              @ForAll long dataSeed,
                                              @ForAll StageFilter stage,
                                              @ForAll IntervalMethod method) {
        LocalDate from = LocalDate.of(2014, 1, 1).plusDays(startOffset);
        LocalDate to = from.plusDays(days - 1);
        ResultIndex index = randomDays(new Random(dataSeed), from.minusDays(20), to.plusDays(3));
        List<ChartSubject> subjects = List.of(ChartSubject.ofGroup(ChartFixtures.ATHLETES),
                ChartSubject.ofGroup(ChartFixtures.STAFF), ChartSubject.ofRollup(ChartFixtures.ALL, GROUPS, 0));

        for (ChartKind kind : List.of(ChartKind.TESTS, ChartKind.POSITIVES, ChartKind.ROLLING)) {
            ChartRequest request = new ChartRequest(kind, index, subjects, GROUPS, stage, from, to,
                    RollingWindow.SEVEN_DAYS, method, ConfidenceLevel.NINETY_FIVE, from, List.of());
            ChartData chart = ChartData.of(request);
            assertThat(chart.step()).isIn(ChartStep.WEEK, ChartStep.MONTH);
            for (ChartSeries series : chart.series()) {
                List<ChartStep.Stretch> stretches = chart.step().stretches(from, to);
                assertThat(series.points()).hasSameSizeAs(stretches);
                for (int i = 0; i < stretches.size(); i++) {
                    ChartPoint point = series.points().get(i);
                    ChartStep.Stretch stretch = stretches.get(i);
                    assertThat(point.date()).isEqualTo(stretch.first());
                    assertThat(point.last()).isEqualTo(stretch.last());
                    Counts sums = sumOfDays(index, series.subject(), stage, stretch);
                    String where = kind + " " + series.subject().name() + " " + stretch;
                    switch (kind) {
                        case TESTS -> assertThat(point.value()).as(where).contains((double) sums.tests());
                        case POSITIVES -> assertThat(point.value()).as(where).contains((double) sums.positives());
                        default -> {
                            RateEstimate estimate = PositivityCalculator.estimate(sums, method, ConfidenceLevel.NINETY_FIVE);
                            Optional<Double> expected = estimate.positivity().isPresent()
                                    ? Optional.of(estimate.positivity().getAsDouble()) : Optional.empty();
                            assertThat(point.value()).as(where).isEqualTo(expected);
                            assertThat(point.interval()).as(where).isEqualTo(estimate.interval());
                        }
                    }
                }
            }
        }
    }

    private static Counts sumOfDays(ResultIndex index, ChartSubject subject, StageFilter stage, ChartStep.Stretch stretch) {
        Counts sums = Counts.ZERO;
        for (LocalDate day = stretch.first(); !day.isAfter(stretch.last()); day = day.plusDays(1)) {
            for (long group : subject.groupIds()) {
                for (Stage one : stage.stages()) {
                    sums = sums.plus(index.cell(day, group, one).orElse(Counts.ZERO));
                }
            }
        }
        return sums;
    }

    /** Both groups in both stages, one cell in eight not reported, a few with no tests. */
    private static ResultIndex randomDays(Random random, LocalDate from, LocalDate to) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (org.loopwatch.domain.Group group : GROUPS) {
                for (Stage stage : Stage.values()) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    long tests = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 5_000);
                    long positives = tests == 0 ? 0 : random.nextLong(0, Math.min(tests, 40) + 1);
                    rows.add(new DailyResult(day, group.id(), stage, tests, positives, ""));
                }
            }
        }
        return ResultIndex.of(rows);
    }
}
