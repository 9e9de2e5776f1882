package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.report.chart.ChartFixtures.FIRST;
import static org.loopwatch.report.chart.ChartFixtures.LAST;
import static org.loopwatch.report.chart.ChartFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Rollup;

/** Chart numbers and words, without JavaFX. */
class ChartDataTest {

    @Test
    void rollingPointsAreTheDomainsRatioOfSumsOverTheWindow() {
        ChartData data = ChartData.of(request(ChartKind.ROLLING));

        ChartPoint last = data.series().get(1).points().get(27);
        // Operating staff in-loop, 25–31 Jan: 7 × 30,000 tests, 6 positives on the 31st, none else
        // (the 30th's single positive falls in the window too).
        Counts window = new Counts(210_000, 7);
        assertThat(last.date()).isEqualTo(LAST);
        assertThat(last.value()).contains((double) window.positives() / window.tests());
        assertThat(last.interval()).isEqualTo(PositivityCalculator.estimate(window).interval());
        assertThat(last.description()).contains(RateFormat.describe(PositivityCalculator.estimate(window)))
                .contains("Flagged");
        assertThat(last.flagged()).isTrue();
    }

    @Test
    void windowsReachingBeforeTheLoopStartAreNotIncompleteForNothingWasDueThen() {
        ChartData data = ChartData.of(request(ChartKind.ROLLING));

        assertThat(data.series().get(0).points().get(0).incomplete()).isFalse();
        assertThat(data.series().get(0).points().get(6).incomplete()).isFalse();
        assertThat(data.hasOpenDots()).isFalse();
    }

    @Test
    void aChartDrawnNarrowKeepsADotOnEveryDayOnlyOverFewerDaysButOnEveryFlaggedDayStill() {
        ChartData full = ChartData.of(request(ChartKind.ROLLING)); // 28 days
        ChartData quarter = full.drawnNarrow(0.25); // 30 days
        ChartData fifth = full.drawnNarrow(0.2); // 24 days

        assertThat(full.dotsEveryDay()).isTrue();
        assertThat(quarter.dotsEveryDay()).isTrue();
        assertThat(fifth.dotsEveryDay()).isFalse();
        List<ChartPoint> points = fifth.series().get(1).points();
        assertThat(points.stream().filter(fifth::hasDot)).isNotEmpty().allMatch(ChartPoint::flagged);
        assertThat(fifth.series()).isEqualTo(full.series());
        assertThat(fifth).isNotEqualTo(full);
        assertThatThrownBy(() -> full.drawnNarrow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> full.drawnNarrow(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tinyRatesAreExplainedInTheLegendWhileTheAxisTitleStaysShort() {
        ChartData inLoop = ChartData.of(request(ChartKind.ROLLING));
        ChartData arrival = ChartData.of(request(ChartKind.ROLLING).withStage(StageFilter.ARRIVAL));

        assertThat(inLoop.axisTop()).isLessThanOrEqualTo(0.001);
        assertThat(inLoop.valueAxisLabel()).isEqualTo("7-day positivity");
        assertThat(inLoop.legend()).filteredOn(entry -> entry.mark() == LegendEntry.Mark.TEXT).singleElement()
                .satisfies(entry -> assertThat(entry.text()).isEqualTo("0.01 % = 10 per 100,000 tests"));
        assertThat(arrival.legend()).noneMatch(entry -> entry.mark() == LegendEntry.Mark.TEXT);
    }

    @Test
    void stackedChartsExpandARollupIntoItsGroupsWhenNoGroupIsChosen() {
        ChartRequest onlyRollup = request(ChartKind.POSITIVES);
        onlyRollup = new ChartRequest(ChartKind.POSITIVES, onlyRollup.index(),
                List.of(ChartSubject.ofRollup(new Rollup(1, Rollup.ALL_GROUPS, true, List.of()),
                        onlyRollup.allGroups(), 0)),
                onlyRollup.allGroups(), onlyRollup.stage(), FIRST, LAST, onlyRollup.window(), onlyRollup.method(),
                onlyRollup.level(), FIRST, onlyRollup.markers());

        ChartData data = ChartData.of(onlyRollup);

        assertThat(data.series()).extracting(series -> series.subject().name())
                .containsExactly("Athletes", "Operating staff");
    }

    @Test
    void cumulativePositivesCountFromTheLoopStart() {
        ChartData data = ChartData.of(request(ChartKind.CUMULATIVE));

        // Staff in-loop: one positive on the 10th, 20th and 30th, six on the 31st.
        assertThat(data.series().get(1).points().get(27).value()).contains(9.0);
        assertThat(data.title()).isEqualTo("Cumulative positives since 4 Jan 2022");
    }

    @Test
    void onlyKeyDatesInsideThePeriodAreMarked() {
        assertThat(ChartData.of(request(ChartKind.TESTS)).visibleMarkers()).extracting(ChartMarker::label)
                .containsExactly("Games open");
    }

    @Test
    void rateTicksStayReadableAtOneInTenThousand() {
        assertThat(ValueTicks.percent(0.0001)).isEqualTo("0.01 %");
        assertThat(ValueTicks.percent(0.00005)).isEqualTo("0.005 %");
        assertThat(ValueTicks.percent(0.025)).isEqualTo("2.5 %");
        assertThat(ValueTicks.percent(0)).isEqualTo("0 %");
    }

    @org.junit.jupiter.api.Test
    void chineseTickLabelsKeepTheirDigitsAndWriteThePercentSignAsChineseDoes() {
        org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            // RateFormat writes "1.2%" in Chinese, without the space: the tick must not lose a digit to it.
            assertThat(ValueTicks.percent(0.012)).isEqualTo("1.2%");
            assertThat(ValueTicks.percent(0.0075)).isEqualTo("0.75%");
            assertThat(ValueTicks.percent(0.0001)).isEqualTo("0.01%");
            assertThat(ValueTicks.percent(0)).isEqualTo("0%");
        } finally {
            org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void axisScalesEndOnARoundNumberAboveTheLargestValue() {
        AxisScale rates = AxisScale.of(0.000138, false);
        assertThat(rates.upper()).isGreaterThanOrEqualTo(0.000138);
        assertThat(rates.upper() / rates.step()).isBetween(3.0, 8.0);
        assertThat(AxisScale.of(3, true).step()).isEqualTo(1.0);
    }

    @Test
    void everyKindHasItsCommandLineCode() {
        assertThat(ChartKind.fromCode("Rolling")).contains(ChartKind.ROLLING);
        assertThat(ChartKind.fromCode("cumulative")).contains(ChartKind.CUMULATIVE);
        assertThat(ChartKind.fromCode("pie")).isEmpty();
        assertThat(StageFilter.fromCode("in_loop")).contains(StageFilter.IN_LOOP);
    }

    @Test
    void aColourThatIsNotAPlainHexColourNeverReachesTheStylesheet() {
        ChartSubject odd = new ChartSubject("group-9", "Odd", java.util.Set.of(9L), false, "red; -fx-shape: x");

        assertThat(SeriesStylesheet.css(List.of(odd))).startsWith(".lw-series-group-9 { -lw-series-colour: #5A6270; }\n")
                .doesNotContain("red", "shape");
    }
}
