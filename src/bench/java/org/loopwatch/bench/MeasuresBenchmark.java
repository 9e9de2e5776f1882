package org.loopwatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.CumulativePositivityCalculator;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingPoint;
import org.loopwatch.domain.RollingPositivityCalculator;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SPEC §9: "summary of all measures over those rows ≤ 20 ms warm" on 10 years × 8 groups × 2
 * stages. One operation is what the dashboard and the briefing compute after a change: index the
 * rows, then for every group and rollup the cumulative and last-7-day positivity with intervals,
 * the exceedance check of the latest day, positives per 100 arrivals, and the summary table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeasuresBenchmark {

    private List<DailyResult> results;
    private List<Group> groups;
    private List<Rollup> rollups;
    private LocalDate first;
    private LocalDate last;
    private ResultIndex index;

    @Setup
    public void generate() {
        results = BenchmarkData.results();
        groups = BenchmarkData.groups();
        rollups = BenchmarkData.rollups();
        first = BenchmarkData.START;
        last = BenchmarkData.START.plusDays(BenchmarkData.DAYS - 1);
        index = ResultIndex.of(results);
    }

    @Benchmark
    public void summaryOfAllMeasures(Blackhole sink) {
        ResultIndex fresh = ResultIndex.of(results);
        List<Selection> selections = new ArrayList<>();
        groups.forEach(group -> selections.add(Selection.ofGroup(group, Selection.BOTH_STAGES)));
        rollups.forEach(rollup -> selections.add(Selection.ofRollup(rollup, groups, Selection.BOTH_STAGES)));
        for (Selection selection : selections) {
            sink.consume(CumulativePositivityCalculator.upTo(fresh, selection, first, last,
                    IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE));
            sink.consume(RollingPositivityCalculator.at(fresh, selection, last, RollingWindow.DEFAULT,
                    IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE));
            sink.consume(ExceedanceDetector.flaggedCells(fresh, last, selection));
            sink.consume(PositivesPerHundredArrivals.compute(fresh, selection, first, last));
        }
        List<SummaryRow> rows = SummaryCalculator.summarize(fresh, groups, first, last,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
        sink.consume(rows);
    }

    /** The data behind the rolling-positivity chart: every group, both stages, ten years of days. */
    @Benchmark
    public void rollingSeriesForEveryGroup(Blackhole sink) {
        for (Group group : groups) {
            for (Stage stage : Stage.values()) {
                List<RollingPoint> series = RollingPositivityCalculator.series(index, Selection.ofCell(group.id(), stage),
                        first, last, RollingWindow.DEFAULT, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
                sink.consume(series);
            }
        }
    }
}
