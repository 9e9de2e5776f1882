package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/** How a comparison reads, in English and in Chinese, on the SPEC's Beijing figures. */
class ComparisonTextTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    private static GroupComparison compare(String nameA, Counts a, String nameB, Counts b, StageScope scope) {
        return ComparisonCalculator.compare(nameA, a, nameB, b, scope, JAN_4, JAN_22, IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE);
    }

    private static GroupComparison arrivals() {
        return compare("Operating staff", new Counts(2415, 39), "Athletes", new Counts(171, 0), StageScope.ARRIVAL);
    }

    @Test
    void theHonestArrivalComparisonNamesStageAndPeriodAndCouldBeChance() {
        GroupComparison c = arrivals();

        assertThat(ComparisonText.reading(c)).isEqualTo("Arrival, 4–22 Jan 2022: Operating staff 1.6 % (39 / 2,415)"
                + " vs Athletes 0 % (0 / 171). Positivity is higher for Operating staff, but a difference this large"
                + " could be chance (p = 0.11).");
        assertThat(ComparisonText.ratio(c)).isEqualTo("not defined: Athletes has no positives");
        // Newcombe: −0.0062410 to 0.0219992 (see RateDifferenceIntervalTest).
        assertThat(ComparisonText.difference(c)).isEqualTo("+1.6 percentage points (95 % CI −0.62 to +2.2)");
        assertThat(ComparisonText.pValue(c)).isEqualTo("0.11");
    }

    @Test
    void theHonestArrivalComparisonReadsInChinese() {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        GroupComparison c = compare("运营人员", new Counts(2415, 39), "运动员", new Counts(171, 0), StageScope.ARRIVAL);

        assertThat(ComparisonText.reading(c)).isEqualTo("入境检测，2022年1月4日–22日：运营人员 1.6%（39 / 2,415）对比 运动员 0%"
                + "（0 / 171）。运营人员的阳性率较高，但这样大的差异可能出于偶然（p = 0.11）。");
        assertThat(ComparisonText.ratio(c)).isEqualTo("无法计算：运动员无阳性");
        assertThat(ComparisonText.difference(c)).isEqualTo("+1.6 个百分点（95% 置信区间 −0.62 至 +2.2）");
    }

    @Test
    void aClearDifferenceGivesTheRatioWithKatzsInterval() {
        GroupComparison c = compare("Media", new Counts(1000, 30), "Athletes", new Counts(2000, 20), StageScope.IN_LOOP);

        // Katz: 3 (1.712466–5.255578); Newcombe: 0.0095867–0.0329887 (hand computations in the interval tests).
        assertThat(ComparisonText.ratio(c)).isEqualTo("3.0 (95 % CI 1.7–5.3)");
        assertThat(ComparisonText.difference(c)).isEqualTo("+2.0 percentage points (95 % CI +0.96 to +3.3)");
        assertThat(ComparisonText.reading(c)).isEqualTo("In-loop, 4–22 Jan 2022: Media 3.0 % (30 / 1,000) vs Athletes"
                + " 1.0 % (20 / 2,000). Positivity is higher for Media, and a difference this large is unlikely to be"
                + " chance (p < 0.001).");
    }

    @Test
    void theMixedFigureSaysItMixesBothStages() {
        GroupComparison c = compare("Operating staff", new Counts(2586, 72), "Athletes", new Counts(171, 0),
                StageScope.BOTH);

        assertThat(ComparisonText.reading(c)).startsWith("Both stages (mixed), 4–22 Jan 2022: ")
                .endsWith("unlikely to be chance (p = 0.021).");
    }

    @Test
    void aLowerFirstRateWithoutPositivesReadsLowerAndHasNoRatio() {
        GroupComparison c = compare("Athletes", new Counts(171, 0), "Operating staff", new Counts(2415, 39),
                StageScope.ARRIVAL);

        assertThat(ComparisonText.ratio(c)).isEqualTo("not defined: Athletes has no positives");
        assertThat(ComparisonText.difference(c)).isEqualTo("−1.6 percentage points (95 % CI −2.2 to +0.62)");
        assertThat(ComparisonText.reading(c)).contains("Positivity is lower for Athletes, but");
    }

    @Test
    void noPositivesOnEitherSideAndNoTestsSayWhyNothingIsDefined() {
        GroupComparison none = compare("Athletes", new Counts(171, 0), "Officials", new Counts(175, 0),
                StageScope.IN_LOOP);
        assertThat(ComparisonText.ratio(none)).isEqualTo("not defined: neither side has positives");
        assertThat(ComparisonText.reading(none)).endsWith("Both have the same positivity (p = 1.00).");

        GroupComparison untested = compare("Athletes", Counts.ZERO, "Media", new Counts(200, 2), StageScope.IN_LOOP);
        assertThat(ComparisonText.ratio(untested)).isEqualTo("not defined: Athletes has no tests");
        assertThat(ComparisonText.difference(untested)).isEqualTo("not defined: Athletes has no tests");
        assertThat(ComparisonText.pValue(untested)).isEqualTo("not defined: Athletes has no tests");
        assertThat(ComparisonText.reading(untested))
                .isEqualTo("In-loop, 4–22 Jan 2022: Athletes had no tests, so there is nothing to compare.");

        GroupComparison neither = compare("Athletes", Counts.ZERO, "Media", Counts.ZERO, StageScope.IN_LOOP);
        assertThat(ComparisonText.reading(neither)).isEqualTo(
                "In-loop, 4–22 Jan 2022: neither Athletes nor Media had any tests, so there is nothing to compare.");
    }

    @Test
    void theCopiedResultHoldsTheSentenceEveryFigureAndTheMethods() {
        assertThat(ComparisonText.forClipboard(arrivals()).lines().toList()).containsExactly(
                ComparisonText.reading(arrivals()),
                "Operating staff: 39 / 2,415 (1.6 %, 95 % CI 1.2–2.2 %)",
                "Athletes: 0 / 171 (0 %, 95 % CI 0–2.2 %)",
                "Rate ratio (Operating staff ÷ Athletes): not defined: Athletes has no positives",
                "Difference (Operating staff − Athletes): +1.6 percentage points (95 % CI −0.62 to +2.2)",
                "Fisher's exact p (two-sided): 0.11",
                "Positivity = positives ÷ tests (ratio of sums); Wilson score intervals at 95 %. Ratio interval by"
                        + " Katz's log method, difference interval by Newcombe's hybrid score (from Wilson intervals).");
    }

    @Test
    void periodsReadShortWithinAMonthAndFullAcrossYears() {
        assertThat(ComparisonText.period(LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 20))).isEqualTo("4–20 Feb 2022");
        assertThat(ComparisonText.period(LocalDate.of(2022, 1, 30), LocalDate.of(2022, 2, 2)))
                .isEqualTo("30 Jan – 2 Feb 2022");
        assertThat(ComparisonText.period(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)))
                .isEqualTo("30 Dec 2021 – 2 Jan 2022");
        assertThat(ComparisonText.period(JAN_22, JAN_22)).isEqualTo("22 Jan 2022");
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(ComparisonText.period(LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 20)))
                .isEqualTo("2022年2月4日–20日");
        assertThat(ComparisonText.period(LocalDate.of(2022, 1, 30), LocalDate.of(2022, 2, 2)))
                .isEqualTo("2022年1月30日–2月2日");
        assertThat(ComparisonText.period(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)))
                .isEqualTo("2021年12月30日–2022年1月2日");
    }
}
