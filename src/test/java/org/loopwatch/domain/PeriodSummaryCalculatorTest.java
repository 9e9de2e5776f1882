package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeriodSummaryCalculatorTest {

    private static final Group ATHLETES = new Group(1, "Athletes", 1, "#0072B2", true);
    private static final Group STAFF = new Group(2, "Operating staff", 2, "#E69F00", true);
    private static final Group MEDIA = new Group(3, "Media", 3, "#009E73", true);
    private static final Group RETIRED = new Group(4, "Retired", 4, "#CC79A7", false);
    private static final List<Group> GROUPS = List.of(ATHLETES, STAFF, MEDIA, RETIRED);
    private static final LocalDate LOOP_START = LocalDate.of(2022, 1, 4);
    private static final LocalDate LAST = LocalDate.of(2022, 1, 22);
    private static final SummarySubject ALL = new SummarySubject("*", "All groups", Set.of(1L, 2L, 3L, 4L), true);

    private static DailyResult row(LocalDate date, Group group, Stage stage, long tests, long positives) {
        return new DailyResult(date, group.id(), stage, tests, positives, "");
    }

    /** Athletes and staff report both stages every day from the loop start; media start on 18 Jan. */
    private static List<DailyResult> rows() {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate date = LOOP_START; !date.isAfter(LAST); date = date.plusDays(1)) {
            for (Stage stage : Stage.values()) {
                rows.add(row(date, ATHLETES, stage, 10, 0));
                rows.add(row(date, STAFF, stage, stage == Stage.ARRIVAL ? 127 : 17_697, stage == Stage.ARRIVAL ? 2 : 1));
                if (!date.isBefore(LAST.minusDays(4))) {
                    rows.add(row(date, MEDIA, stage, 5, 0));
                }
            }
        }
        return rows;
    }

    private static PeriodSummary summary(List<DailyResult> rows, LocalDate from, LocalDate to, LocalDate today) {
        List<SummarySubject> subjects = List.of(SummarySubject.ofGroup(ATHLETES), SummarySubject.ofGroup(STAFF),
                SummarySubject.ofGroup(MEDIA), ALL);
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(ResultIndex.of(rows), GROUPS, subjects, from, to)
                .withScopes(List.of(StageScope.ARRIVAL, StageScope.IN_LOOP, StageScope.BOTH))
                .withReportingBounds(Optional.of(LOOP_START), today));
    }

    @Test
    void keepsTheStagesApartAndSumsBothOnlyWhenAskedFor() {
        PeriodSummary summary = summary(rows(), LOOP_START, LAST, LAST);

        StageFigures arrival = summary.find("group-2", StageScope.ARRIVAL).orElseThrow();
        StageFigures inLoop = summary.find("group-2", StageScope.IN_LOOP).orElseThrow();
        StageFigures both = summary.find("group-2", StageScope.BOTH).orElseThrow();
        assertThat(arrival.period().counts()).isEqualTo(new Counts(19 * 127, 38));
        assertThat(inLoop.period().counts()).isEqualTo(new Counts(19 * 17_697, 19));
        assertThat(both.period().counts()).isEqualTo(arrival.period().counts().plus(inLoop.period().counts()));
        assertThat(both.scope().mixesStages()).isTrue();
        assertThat(arrival.recent().counts()).isEqualTo(new Counts(7 * 127, 14));
    }

    @Test
    void theDefaultRequestKeepsArrivalAndInLoopApartOnly() {
        PeriodSummary summary = PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(ResultIndex.of(rows()),
                GROUPS, List.of(ALL), LOOP_START, LAST));

        assertThat(summary.subjects().get(0).stages()).extracting(StageFigures::scope)
                .containsExactly(StageScope.ARRIVAL, StageScope.IN_LOOP);
    }

    @Test
    void aGroupIsNotMissingBeforeItsFirstResultNorBeforeTheLoopStart() {
        PeriodSummary summary = summary(rows(), LOOP_START.minusDays(10), LAST, LAST);

        Completeness media = summary.find("group-3", StageScope.BOTH).orElseThrow().periodCompleteness();
        Completeness all = summary.find("*", StageScope.BOTH).orElseThrow().periodCompleteness();
        assertThat(media.isComplete()).isTrue();
        assertThat(media.dueFrom()).contains(LAST.minusDays(4));
        assertThat(media.dueDays()).isEqualTo(5);
        assertThat(all.isComplete()).isTrue();
        assertThat(all.dueFrom()).contains(LOOP_START);
        assertThat(all.dueDays()).isEqualTo(19);
    }

    @Test
    void saysWhichGroupStageAndDaysAreMissing() {
        List<DailyResult> rows = new ArrayList<>(rows());
        rows.removeIf(row -> row.groupId() == MEDIA.id() && row.stage() == Stage.IN_LOOP
                && !row.date().isBefore(LAST.minusDays(1)));
        rows.removeIf(row -> row.groupId() == ATHLETES.id() && row.stage() == Stage.ARRIVAL
                && row.date().equals(LAST.minusDays(10)));

        PeriodSummary summary = summary(rows, LOOP_START, LAST, LAST);

        StageFigures all = summary.find("*", StageScope.IN_LOOP).orElseThrow();
        assertThat(all.recentCompleteness().incompleteDays()).isEqualTo(2);
        assertThat(all.recentCompleteness().dueDays()).isEqualTo(7);
        assertThat(all.recentCompleteness().gaps()).containsExactly(
                new ReportGap(MEDIA.id(), "Media", Stage.IN_LOOP, LAST.minusDays(1), LAST));
        Completeness period = summary.find("*", StageScope.BOTH).orElseThrow().periodCompleteness();
        assertThat(period.incompleteDays()).isEqualTo(3);
        assertThat(period.gaps()).extracting(ReportGap::groupName, ReportGap::stage).containsExactly(
                org.assertj.core.api.Assertions.tuple("Athletes", Stage.ARRIVAL),
                org.assertj.core.api.Assertions.tuple("Media", Stage.IN_LOOP));
        assertThat(summary.find("group-1", StageScope.IN_LOOP).orElseThrow().periodCompleteness().isComplete()).isTrue();
    }

    @Test
    void nobodyIsMissingAfterTodayNorWhenInactive() {
        PeriodSummary summary = summary(rows(), LOOP_START, LAST.plusDays(5), LAST);

        Completeness all = summary.find("*", StageScope.BOTH).orElseThrow().periodCompleteness();
        assertThat(all.isComplete()).isTrue();
        assertThat(all.dueDays()).isEqualTo(19);
    }

    @Test
    void withoutAnyDueGroupNothingIsMissing() {
        PeriodSummary summary = summary(rows(), LOOP_START.minusDays(30), LOOP_START.minusDays(1), LAST);

        assertThat(summary.find("*", StageScope.BOTH).orElseThrow().periodCompleteness())
                .isEqualTo(Completeness.NOTHING_DUE);
    }

    @Test
    void flagsEachCellAloneAndListsThemByDate() {
        List<DailyResult> rows = new ArrayList<>(rows());
        LocalDate spike = LAST.minusDays(2);
        rows.removeIf(row -> row.groupId() == ATHLETES.id() && row.stage() == Stage.IN_LOOP && row.date().equals(spike));
        rows.add(row(spike, ATHLETES, Stage.IN_LOOP, 10, 6));

        PeriodSummary summary = summary(rows, LOOP_START, LAST, LAST);

        StageFigures athletes = summary.find("group-1", StageScope.IN_LOOP).orElseThrow();
        assertThat(athletes.flags()).containsExactly(new ResultKey(spike, ATHLETES.id(), Stage.IN_LOOP));
        assertThat(summary.find("*", StageScope.BOTH).orElseThrow().flagsOn(spike))
                .containsExactly(new ResultKey(spike, ATHLETES.id(), Stage.IN_LOOP));
        assertThat(summary.find("group-1", StageScope.ARRIVAL).orElseThrow().flags()).isEmpty();
    }

    @Test
    void aPeriodWithoutTestsHasNoPositivityRatherThanZero() {
        PeriodSummary summary = summary(rows(), LOOP_START.minusDays(30), LOOP_START.minusDays(1), LAST);

        StageFigures athletes = summary.find("group-1", StageScope.IN_LOOP).orElseThrow();
        assertThat(athletes.period().hasNoTests()).isTrue();
        assertThat(athletes.period().positivity()).isEmpty();
    }

    private static final Group VOLUNTEERS = new Group(5, "Volunteers", 5, "#56B4E9", true);

    /**
     * {@link #rows()} plus volunteers, recruited inside the loop: in-loop every day from the loop
     * start; arrivals (a later intake flown in) only from 15 January, and the 20 January arrival row
     * is missing. Volunteers with no arrival row at all when {@code arrivalsFrom} is empty.
     */
    private static PeriodSummary withVolunteers(Optional<LocalDate> arrivalsFrom, SummarySubject... extra) {
        List<DailyResult> rows = new ArrayList<>(rows());
        for (LocalDate date = LOOP_START; !date.isAfter(LAST); date = date.plusDays(1)) {
            rows.add(row(date, VOLUNTEERS, Stage.IN_LOOP, 300, 0));
            if (arrivalsFrom.isPresent() && !date.isBefore(arrivalsFrom.get()) && !date.equals(LocalDate.of(2022, 1, 20))) {
                rows.add(row(date, VOLUNTEERS, Stage.ARRIVAL, 12, 0));
            }
        }
        List<Group> groups = new ArrayList<>(GROUPS);
        groups.add(VOLUNTEERS);
        List<SummarySubject> subjects = new ArrayList<>(List.of(SummarySubject.ofGroup(VOLUNTEERS)));
        subjects.addAll(List.of(extra));
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(ResultIndex.of(rows), groups, subjects,
                        LOOP_START, LAST)
                .withScopes(List.of(StageScope.ARRIVAL, StageScope.IN_LOOP, StageScope.BOTH))
                .withReportingBounds(Optional.of(LOOP_START), LAST));
    }

    @Test
    void aGroupThatNeverReportsAStageIsNeverMissingInIt() {
        PeriodSummary summary = withVolunteers(Optional.empty());

        // Before decision 0028 the arrival part read "19 of 19 days not fully reported".
        assertThat(summary.find("group-5", StageScope.ARRIVAL).orElseThrow().periodCompleteness())
                .isEqualTo(Completeness.NOTHING_DUE);
        assertThat(summary.find("group-5", StageScope.ARRIVAL).orElseThrow().recentCompleteness())
                .isEqualTo(Completeness.NOTHING_DUE);
        Completeness inLoop = summary.find("group-5", StageScope.IN_LOOP).orElseThrow().periodCompleteness();
        assertThat(inLoop.isComplete()).isTrue();
        assertThat(inLoop.dueFrom()).contains(LOOP_START);
        assertThat(inLoop.dueDays()).isEqualTo(19);
        Completeness both = summary.find("group-5", StageScope.BOTH).orElseThrow().periodCompleteness();
        assertThat(both.isComplete()).isTrue();
        assertThat(both.dueDays()).isEqualTo(19);
    }

    @Test
    void aStageIsDueFromTheGroupsFirstResultInThatStage() {
        SummarySubject withAthletes = new SummarySubject("rollup-9", "Athletes & volunteers", Set.of(1L, 5L), true);
        PeriodSummary summary = withVolunteers(Optional.of(LocalDate.of(2022, 1, 15)), withAthletes);

        // Arrivals due 15–22 January (8 days), not from the loop start (19 days, 12 of them "missing").
        Completeness arrival = summary.find("group-5", StageScope.ARRIVAL).orElseThrow().periodCompleteness();
        assertThat(arrival.dueFrom()).contains(LocalDate.of(2022, 1, 15));
        assertThat(arrival.dueDays()).isEqualTo(8);
        assertThat(arrival.incompleteDays()).isEqualTo(1);
        assertThat(arrival.gaps()).containsExactly(new ReportGap(VOLUNTEERS.id(), "Volunteers", Stage.ARRIVAL,
                LocalDate.of(2022, 1, 20), LocalDate.of(2022, 1, 20)));
        // The last 7 days (16–22 January) are all due; one of them is missing.
        Completeness recent = summary.find("group-5", StageScope.ARRIVAL).orElseThrow().recentCompleteness();
        assertThat(recent.dueFrom()).contains(LocalDate.of(2022, 1, 16));
        assertThat(recent.dueDays()).isEqualTo(7);
        assertThat(recent.incompleteDays()).isEqualTo(1);
        // Both stages: in-loop was due from the loop start, so 19 days with the one missing arrival.
        Completeness both = summary.find("group-5", StageScope.BOTH).orElseThrow().periodCompleteness();
        assertThat(both.dueFrom()).contains(LOOP_START);
        assertThat(both.dueDays()).isEqualTo(19);
        assertThat(both.incompleteDays()).isEqualTo(1);
        // A rollup is due from its earliest member: athletes report arrivals from the loop start.
        Completeness rollup = summary.find("rollup-9", StageScope.ARRIVAL).orElseThrow().periodCompleteness();
        assertThat(rollup.dueFrom()).contains(LOOP_START);
        assertThat(rollup.dueDays()).isEqualTo(19);
        assertThat(rollup.incompleteDays()).isEqualTo(1);
        assertThat(rollup.gaps()).extracting(ReportGap::groupName).containsExactly("Volunteers");
    }

    @Test
    void theFirstReportedDateOfAStageIgnoresTheOtherStage() {
        ResultIndex index = ResultIndex.of(List.of(row(LAST, MEDIA, Stage.IN_LOOP, 1, 0),
                row(LAST.minusDays(3), MEDIA, Stage.ARRIVAL, 1, 0), row(LOOP_START, ATHLETES, Stage.ARRIVAL, 1, 0)));

        assertThat(index.firstReportedDate(MEDIA.id(), Stage.IN_LOOP)).contains(LAST);
        assertThat(index.firstReportedDate(MEDIA.id(), Stage.ARRIVAL)).contains(LAST.minusDays(3));
        assertThat(index.firstReportedDate(ATHLETES.id(), Stage.IN_LOOP)).isEmpty();
        assertThat(index.firstReportedDate(STAFF.id(), Stage.ARRIVAL)).isEmpty();
    }

    @Test
    void theFirstReportedDateIsTheEarliestRowInAnyStage() {
        ResultIndex index = ResultIndex.of(List.of(row(LAST, MEDIA, Stage.IN_LOOP, 1, 0),
                row(LAST.minusDays(3), MEDIA, Stage.ARRIVAL, 1, 0), row(LOOP_START, ATHLETES, Stage.ARRIVAL, 1, 0)));

        assertThat(index.firstReportedDate(MEDIA.id())).contains(LAST.minusDays(3));
        assertThat(index.firstReportedDate(ATHLETES.id())).contains(LOOP_START);
        assertThat(index.firstReportedDate(STAFF.id())).isEmpty();
    }
}
