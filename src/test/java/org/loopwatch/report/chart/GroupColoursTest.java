package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Group;

class GroupColoursTest {

    private static final Pattern SERIES_RULE = Pattern.compile("^\\.lw-chart \\.series(\\d+) \\{ -lw-series-colour: (#[0-9A-F]{6}); }$");

    /* The fixture's twelve groups have the Okabe–Ito eight as stored colours, so groups 9–12 repeat groups 1–4. */
    @Test
    void twelveGroupsInAStackedChartGetTwelveDistinctColoursOnScreenAndInThePdf() {
        for (ChartKind kind : List.of(ChartKind.POSITIVES, ChartKind.TESTS)) {
            ChartData data = ChartData.of(ChartFixtures.twelveGroups(kind, StageFilter.IN_LOOP));
            assertThat(data.series()).hasSize(12);

            // The PDF renderer fills each series' bars with its subject's colour, and lists it so in the legend.
            List<String> pdf = data.series().stream().map(series -> series.subject().colour()).toList();
            assertThat(pdf).as(kind + " in the PDF").doesNotHaveDuplicates();
            assertThat(data.legend().stream().flatMap(entry -> entry.subject().stream()).map(ChartSubject::colour))
                    .as(kind + " legend").containsExactlyElementsOf(pdf);

            // The JavaFX renderer (screen and PNG) colours series i by the rule .lw-chart .series<i>.
            List<ChartSubject> subjects = data.series().stream().map(ChartSeries::subject).toList();
            List<String> screen = SeriesStylesheet.css(subjects, subjects).lines()
                    .map(SERIES_RULE::matcher).filter(Matcher::matches).map(rule -> rule.group(2)).toList();
            assertThat(screen).as(kind + " on screen").hasSize(12).doesNotHaveDuplicates().isEqualTo(pdf);
            assertThat(screen.stream().map(SeriesStylesheet::onDark)).as(kind + " on the dark theme")
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void theGroupAddedFirstKeepsARepeatedColourAndReorderingRecoloursNothing() {
        Group first = new Group(1, "Athletes", 1, "#0072B2", true);
        Group second = new Group(2, "Media", 0, "#0072b2", true);
        Group third = new Group(3, "Volunteers", 2, "#332288", true);

        Map<Long, String> colours = GroupColours.of(List.of(second, first, third));

        // #0072B2 and #332288 are taken; the first free palette colour is Okabe–Ito orange.
        assertThat(colours).containsExactlyInAnyOrderEntriesOf(Map.of(1L, "#0072B2", 2L, "#E69F00", 3L, "#332288"));
        assertThat(GroupColours.of(List.of(first, second, third))).isEqualTo(colours);
        assertThat(ChartSubject.ofGroup(second, List.of(first, second, third)).colour()).isEqualTo("#E69F00");
        assertThat(ChartSubject.ofGroup(second).colour()).as("alone: its stored colour").isEqualTo("#0072B2");
    }
}
