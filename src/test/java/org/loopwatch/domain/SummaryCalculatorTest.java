package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCalculatorTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 4);
    private static final LocalDate TO = LocalDate.of(2022, 1, 22);
    // Given out of display order on purpose.
    private static final Group OTHERS = new Group(2, "Other stakeholders", 2, "#E69F00", true);
    private static final Group ATHLETES = new Group(1, "Athletes and team officials", 1, "#0072B2", true);
    private static final Group MEDIA = new Group(3, "Media", 3, "#009E73", false);

    /** The published figures for 4–22 January 2022, put on the last day. */
    private static final List<DailyResult> PUBLISHED = List.of(
            new DailyResult(TO, ATHLETES.id(), Stage.ARRIVAL, 171, 0, ""),
            new DailyResult(TO, OTHERS.id(), Stage.ARRIVAL, 2415, 39, ""),
            new DailyResult(TO, ATHLETES.id(), Stage.IN_LOOP, 175, 0, ""),
            new DailyResult(TO, OTHERS.id(), Stage.IN_LOOP, 336_246, 33, ""),
            new DailyResult(TO.plusDays(1), OTHERS.id(), Stage.IN_LOOP, 1000, 500, "outside the period"));

    private static List<SummaryRow> summary() {
        return SummaryCalculator.summarize(PUBLISHED, List.of(OTHERS, MEDIA, ATHLETES), FROM, TO,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void listsEveryGroupInDisplayOrderThenAllGroupsEachInArrivalInLoopAndAll() {
        List<String> expected = new ArrayList<>();
        for (String group : List.of("Athletes and team officials", "Other stakeholders", "Media", "*")) {
            for (String stage : List.of("arrival", "in_loop", "all")) {
                expected.add(group + "/" + stage);
            }
        }

        assertThat(summary()).extracting(row -> row.group() + "/" + row.stage()).containsExactlyElementsOf(expected);
    }

    @Test
    void sumsEachGroupAndStageWithinThePeriod() {
        assertThat(summary()).extracting(SummaryRow::group, SummaryRow::stage, SummaryRow::counts).contains(
                tuple("Athletes and team officials", "arrival", new Counts(171, 0)),
                tuple("Other stakeholders", "in_loop", new Counts(336_246, 33)),
                tuple("Other stakeholders", "all", new Counts(338_661, 72)),
                tuple("*", "arrival", new Counts(2586, 39)),
                tuple("*", "all", new Counts(339_007, 72)));
    }

    @Test
    void aGroupWithoutDataHasNoTestsRatherThanZeroPercent() {
        SummaryRow media = summary().stream()
                .filter(row -> row.group().equals("Media") && row.stage().equals("all")).findFirst().orElseThrow();

        assertThat(media.counts()).isEqualTo(Counts.ZERO);
        assertThat(media.estimate().positivity()).isEmpty();
        assertThat(media.estimate().interval()).isEmpty();
    }

    @Test
    void usesTheChosenMethodAndLevel() {
        List<SummaryRow> rows = SummaryCalculator.summarize(PUBLISHED, List.of(ATHLETES), FROM, TO,
                IntervalMethod.CLOPPER_PEARSON, ConfidenceLevel.NINETY_NINE);

        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.estimate().method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
            assertThat(row.estimate().level()).isEqualTo(ConfidenceLevel.NINETY_NINE);
        });
    }
}
