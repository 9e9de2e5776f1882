package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Stage;

/**
 * The law of the kept chart points (decision 0056): after rows change (other desks' saves: added,
 * replaced, deleted rows, also before the first or after the last day, also a cell's first row),
 * and maybe the period moved, every chart computed with the points kept from before equals the
 * same chart computed from nothing: every kind, stage choice, window, period length (days, weeks,
 * months), loop start and today.
 */
class ChartSeriesCachePropertyTest {

    private static final List<Group> GROUPS = List.of(ChartFixtures.ATHLETES, ChartFixtures.STAFF);
    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final List<ChartSubject> SUBJECTS = List.of(ChartSubject.ofGroup(ChartFixtures.ATHLETES),
            ChartSubject.ofGroup(ChartFixtures.STAFF), ChartSubject.ofRollup(ChartFixtures.ALL, GROUPS, 0));

    @Property(tries = 150, seed = "560056")
    void chartsWithKeptPointsEqualChartsComputedAgain(@ForAll long seed,
                                                      @ForAll @IntRange(min = 1, max = 400) int periodDays,
                                                      @ForAll StageFilter stage,
                                                      @ForAll RollingWindow window,
                                                      @ForAll @IntRange(min = 1, max = 3) int rounds) {
        Random random = new Random(seed);
        int dataDays = periodDays + 60;
        ResultIndex index = randomDays(random, START, START.plusDays(dataDays - 1));
        ChartSeriesCache cache = new ChartSeriesCache();
        LocalDate from = START.plusDays(random.nextInt(40));
        LocalDate to = from.plusDays(periodDays - 1);
        LocalDate loopStart = START.plusDays(random.nextInt(60) - 10);
        LocalDate today = to.plusDays(random.nextInt(11) - 5);
        compute(cache, index, stage, window, from, to, loopStart, today);

        for (int round = 0; round < rounds; round++) {
            index = index.withAll(randomChanges(random, index, START.minusDays(5), START.plusDays(dataDays + 5)));
            if (random.nextInt(3) == 0) { // the period moves, as when its end follows the latest day
                int shift = random.nextInt(5) - 1;
                from = from.plusDays(random.nextBoolean() ? shift : 0);
                to = to.plusDays(shift);
            }
            for (ChartKind kind : ChartKind.values()) {
                ChartRequest request = request(kind, index, stage, window, from, to, loopStart, today);
                cache.startComputation(index);
                ChartData kept = ChartData.of(request, cache);
                ChartData fresh = ChartData.of(request);
                assertThat(kept.series()).as(kind + " round " + round).isEqualTo(fresh.series());
            }
        }
    }

    @Property(tries = 20, seed = "560057")
    void aChangeOfOneDayComputesOnlyThePointsThatReadIt(@ForAll long seed,
                                                        @ForAll @IntRange(min = 60, max = ChartStep.MAX_DAYS_BY_DAY) int periodDays) {
        Random random = new Random(seed);
        ResultIndex index = randomDays(random, START, START.plusDays(periodDays + 30));
        LocalDate from = START.plusDays(20);
        LocalDate to = from.plusDays(periodDays - 1);
        ChartSeriesCache cache = new ChartSeriesCache();
        ChartRequest before = request(ChartKind.ROLLING, index, StageFilter.ALL, RollingWindow.SEVEN_DAYS, from, to,
                START, to);
        cache.startComputation(index);
        ChartData.of(before, cache);

        LocalDate saved = to.minusDays(random.nextInt(periodDays / 2));
        ResultIndex after = index.with(new ResultKey(saved, ChartFixtures.STAFF.id(), Stage.IN_LOOP),
                Optional.of(new Counts(random.nextLong(1, 5_000), random.nextInt(30))));
        cache.startComputation(after);
        ChartData.of(request(ChartKind.ROLLING, after, StageFilter.ALL, RollingWindow.SEVEN_DAYS, from, to, START, to),
                cache);

        // Only the staff series and the rollup read the cell; in each, the points from the saved day
        // to the end of its reach (window and alert baseline) are computed again, no others.
        long reached = Math.min(to.toEpochDay() - saved.toEpochDay(), ExceedanceDetector.BASELINE_DAYS) + 1;
        assertThat(cache.lastComputation().computed()).isEqualTo((int) (2 * reached));
        assertThat(cache.lastComputation().takenOver()).isEqualTo((int) (2 * (periodDays - reached)));
    }

    private static void compute(ChartSeriesCache cache, ResultIndex index, StageFilter stage, RollingWindow window,
                                LocalDate from, LocalDate to, LocalDate loopStart, LocalDate today) {
        cache.startComputation(index);
        for (ChartKind kind : ChartKind.values()) {
            ChartData.of(request(kind, index, stage, window, from, to, loopStart, today), cache);
        }
    }

    private static ChartRequest request(ChartKind kind, ResultIndex index, StageFilter stage, RollingWindow window,
                                        LocalDate from, LocalDate to, LocalDate loopStart, LocalDate today) {
        return new ChartRequest(kind, index, SUBJECTS, GROUPS, stage, from, to, window, IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE, loopStart, List.of(), AlertRules.DEFAULTS, today);
    }

    /* One to ten rows added, replaced or deleted anywhere around the data, now and then many at once. */
    private static Map<ResultKey, Optional<Counts>> randomChanges(Random random, ResultIndex index, LocalDate first,
                                                                  LocalDate last) {
        Map<ResultKey, Optional<Counts>> changes = new HashMap<>();
        int count = random.nextInt(6) == 0 ? 12 : 1 + random.nextInt(3);
        int span = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextInt(span));
            Group group = GROUPS.get(random.nextInt(GROUPS.size()));
            Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
            boolean delete = random.nextInt(3) == 0;
            changes.put(new ResultKey(day, group.id(), stage), delete ? Optional.empty() : Optional.of(counts(random)));
        }
        return changes;
    }

    /* Both groups, each stage, one cell in eight not reported; positives now and then high enough to flag. */
    private static ResultIndex randomDays(Random random, LocalDate from, LocalDate to) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Group group : GROUPS) {
                for (Stage stage : Stage.values()) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    Counts counts = counts(random);
                    rows.add(new DailyResult(day, group.id(), stage, counts.tests(), counts.positives(), ""));
                }
            }
        }
        return ResultIndex.of(rows);
    }

    private static Counts counts(Random random) {
        long tests = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 3_000);
        long positives = tests == 0 ? 0 : random.nextInt(12) == 0 ? Math.min(tests, random.nextLong(5, 40))
                : random.nextLong(0, Math.min(tests, 3) + 1);
        return new Counts(tests, positives);
    }
}
