package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small multiples of decision 0021: which groups and rollups share a panel. */
class ChartPanelsTest {

    @Test
    void twelveGroupsAndTwoRollupsMakeThreePanelsOfFourGroupsThenOneOfTheRollups() {
        List<ChartRequest> panels = ChartPanels.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.IN_LOOP));

        assertThat(panels).extracting(panel -> panel.subjects().stream().map(ChartSubject::name).toList())
                .containsExactly(List.of("Athletes", "Team officials", "Operating staff", "Media"),
                        List.of("Volunteers", "Broadcasters", "Hotel staff", "Drivers"),
                        List.of("Venue security", "Medical staff", "Catering", "Marketing partners"),
                        List.of("Athletes & team officials", "All groups"));
        // Twelve groups repeat the eight Okabe–Ito colours, but never within a panel.
        for (ChartRequest panel : panels) {
            assertThat(panel.subjects().stream().map(ChartSubject::colour).distinct().count())
                    .isEqualTo(panel.subjects().size());
        }
    }

    @Test
    void eachPanelHasItsOwnAxisSoATinyRateIsNotFlattenedByAnotherPanelsLargeOne() {
        List<ChartRequest> panels = ChartPanels.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.IN_LOOP));

        double first = ChartData.of(panels.get(0)).axisTop();
        double third = ChartData.of(panels.get(2)).axisTop();
        // Marketing partners (third panel) run at a few percent; the first four groups at about 0.01 %.
        assertThat(third).isGreaterThan(20 * first);
        assertThat(ChartData.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.IN_LOOP)).axisTop())
                .as("all in one chart").isEqualTo(third);
    }

    @Test
    void aChartOfAtMostFourSubjectsIsOnePanelAndOtherChartsAreNeverSplit() {
        ChartRequest few = ChartFixtures.request(ChartKind.ROLLING);
        assertThat(ChartPanels.of(few)).singleElement().extracting(ChartRequest::subjects).isEqualTo(few.subjects());

        ChartRequest bars = ChartFixtures.twelveGroups(ChartKind.POSITIVES, StageFilter.ALL);
        assertThat(ChartPanels.of(bars)).containsExactly(bars);
    }

    @Test
    void groupsWithoutAResultInThePeriodAndStageAreLeftOutOfThePanels() {
        ChartRequest twelve = ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.ARRIVAL);
        ChartRequest later = new ChartRequest(twelve.kind(), twelve.index(), twelve.subjects(), twelve.allGroups(),
                twelve.stage(), ChartFixtures.LAST.plusDays(1), ChartFixtures.LAST.plusDays(3), twelve.window(),
                twelve.method(), twelve.level(), twelve.loopStart(), twelve.markers());

        assertThat(ChartPanels.of(later)).singleElement().isEqualTo(later);
    }
}
