package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.PeriodSummaryCalculator;
import org.loopwatch.domain.PeriodSummaryRequest;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageScope;

/**
 * A chart's open dots ("a day of the window not reported") and its "not fully reported" words follow
 * the tiles' completeness rule (decision 0028): a (group, stage) is due from the later of the loop
 * start and its first result in that stage, up to today, while the group is active.
 */
class ChartCompletenessTest {

    private static final LocalDate LOOP_START = LocalDate.of(2022, 1, 4);
    private static final LocalDate LAST = LocalDate.of(2022, 1, 31);
    /** A second intake flown in: its arrivals begin on the 15th, its in-loop tests on the loop start. */
    private static final LocalDate SECOND_INTAKE = LocalDate.of(2022, 1, 15);
    private static final LocalDate MISSED = LocalDate.of(2022, 1, 24);
    private static final Group STAFF = new Group(1, "Operating staff", 0, "#0072B2", true);
    private static final Group VOLUNTEERS = new Group(2, "Volunteers", 1, "#E69F00", true);
    private static final Group RETIRED = new Group(3, "Old contractor", 2, "#009E73", false);

    /** Staff report everything; volunteers' arrivals start late and miss the 24th; a deactivated group stopped on the 10th. */
    private static ChartRequest request(ChartKind kind, StageFilter stage, LocalDate today) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate date = LOOP_START; !date.isAfter(LAST); date = date.plusDays(1)) {
            rows.add(new DailyResult(date, STAFF.id(), Stage.ARRIVAL, 200, 2, ""));
            rows.add(new DailyResult(date, STAFF.id(), Stage.IN_LOOP, 5_000, 1, ""));
            rows.add(new DailyResult(date, VOLUNTEERS.id(), Stage.IN_LOOP, 800, 0, ""));
            if (!date.isBefore(SECOND_INTAKE) && !date.equals(MISSED)) {
                rows.add(new DailyResult(date, VOLUNTEERS.id(), Stage.ARRIVAL, 60, 1, ""));
            }
            if (date.isBefore(LocalDate.of(2022, 1, 11))) {
                rows.add(new DailyResult(date, RETIRED.id(), Stage.IN_LOOP, 100, 0, ""));
            }
        }
        List<Group> groups = List.of(STAFF, VOLUNTEERS, RETIRED);
        List<ChartSubject> subjects = List.of(ChartSubject.ofGroup(STAFF), ChartSubject.ofGroup(VOLUNTEERS),
                ChartSubject.ofGroup(RETIRED), ChartSubject.ofRollup(new Rollup(1, Rollup.ALL_GROUPS, true, List.of()),
                        groups, 0));
        return new ChartRequest(kind, ResultIndex.of(rows), subjects, groups, stage, LOOP_START, LAST,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, LOOP_START, List.of())
                .withToday(today);
    }

    private static List<LocalDate> openDays(ChartData data, String subject) {
        return data.series().stream().filter(series -> series.subject().name().equals(subject)).findFirst()
                .orElseThrow().points().stream().filter(ChartPoint::incomplete).map(ChartPoint::date).toList();
    }

    @Test
    void aLateIntakesArrivalsAreMissingOnlyWhereARowWasDue() {
        ChartData arrivals = ChartData.of(request(ChartKind.ROLLING, StageFilter.ARRIVAL, LAST));

        // Not before their first arrival row (the 15th), nor in the first week of the loop: only the
        // seven windows that hold the 24th, which they missed.
        assertThat(openDays(arrivals, "Volunteers")).containsExactlyElementsOf(
                MISSED.datesUntil(LAST).toList());
        assertThat(openDays(arrivals, "Operating staff")).isEmpty();
        assertThat(openDays(arrivals, "All groups")).containsExactlyElementsOf(openDays(arrivals, "Volunteers"));
        assertThat(arrivals.legend()).anySatisfy(entry -> assertThat(entry.text()).contains("not reported"));
    }

    @Test
    void aDeactivatedGroupAndTheDaysAfterTodayAreNeverMissing() {
        ChartData inLoop = ChartData.of(request(ChartKind.ROLLING, StageFilter.IN_LOOP, LAST));
        // Today the 23rd: the volunteers' missing 24th is not due yet.
        ChartData arrivals = ChartData.of(request(ChartKind.ROLLING, StageFilter.ARRIVAL, MISSED.minusDays(1)));

        assertThat(openDays(inLoop, "Old contractor")).isEmpty();
        assertThat(inLoop.hasOpenDots()).isFalse();
        assertThat(arrivals.hasOpenDots()).isFalse();
        assertThat(arrivals.legend()).noneSatisfy(entry -> assertThat(entry.text()).contains("not reported"));
    }

    @Test
    void theDailyCountsSayNotFullyReportedOnlyOnTheDayThatWasDue() {
        ChartData positives = ChartData.of(request(ChartKind.POSITIVES, StageFilter.ALL, LAST));

        ChartSeries volunteers = positives.series().stream()
                .filter(series -> series.subject().name().equals("Volunteers")).findFirst().orElseThrow();
        assertThat(volunteers.points()).filteredOn(ChartPoint::incomplete).extracting(ChartPoint::date)
                .containsExactly(MISSED);
        assertThat(volunteers.points()).filteredOn(point -> point.date().equals(MISSED)).singleElement()
                .satisfies(point -> assertThat(point.description()).contains("(a stage was not reported)"));
    }

    @Test
    void everyOpenDotAgreesWithTheTilesCompletenessForTheWindowEndingThatDay() {
        for (StageFilter stage : List.of(StageFilter.ARRIVAL, StageFilter.IN_LOOP, StageFilter.ALL)) {
            ChartRequest request = request(ChartKind.ROLLING, stage, LAST.minusDays(2));
            ChartData chart = ChartData.of(request);
            StageScope scope = stage == StageFilter.ARRIVAL ? StageScope.ARRIVAL
                    : stage == StageFilter.IN_LOOP ? StageScope.IN_LOOP : StageScope.BOTH;
            for (LocalDate day = LOOP_START; !day.isAfter(LAST); day = day.plusDays(1)) {
                // The tile of a period ending that day: its "last 7 days" completeness.
                PeriodSummary tiles = PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(request.index(),
                                request.allGroups(), request.subjects().stream().map(ChartSubject::summarySubject)
                                        .toList(), day, day)
                        .withScopes(List.of(scope))
                        .withWindow(RollingWindow.SEVEN_DAYS)
                        .withReportingBounds(Optional.of(LOOP_START), request.today()));
                for (int s = 0; s < request.subjects().size(); s++) {
                    boolean tileComplete = tiles.subjects().get(s).stages().get(0).recentCompleteness().isComplete();
                    ChartPoint point = chart.series().get(s).points().get((int) (day.toEpochDay() - LOOP_START.toEpochDay()));
                    assertThat(point.incomplete()).as("%s, %s, %s", request.subjects().get(s).name(), stage, day)
                            .isEqualTo(!tileComplete);
                }
            }
        }
    }
}
