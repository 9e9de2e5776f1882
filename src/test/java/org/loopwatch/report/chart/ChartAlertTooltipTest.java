package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.report.chart.ChartFixtures.LAST;
import static org.loopwatch.report.chart.ChartFixtures.STAFF;
import static org.loopwatch.report.chart.ChartFixtures.request;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.Stage;

/** A flagged day's tooltip explains the flag as the tile does, judged by the same rules (issue 21). */
class ChartAlertTooltipTest {

    private static ChartPoint lastStaffDay(ChartRequest request) {
        ChartData data = ChartData.of(request);
        return data.series().stream().filter(series -> series.subject().name().equals(STAFF.name())).findFirst().orElseThrow()
                .points().stream().filter(point -> point.date().equals(LAST)).findFirst().orElseThrow();
    }

    @Test
    void theFlaggedDayExplainsCountsBaselineAndProbability() {
        ChartPoint point = lastStaffDay(request(ChartKind.POSITIVES));

        assertThat(point.flagged()).isTrue();
        assertThat(point.description()).contains("Flagged:", "Operating staff, In-loop, 31 Jan: 6 positives in 30,000 tests",
                "days before", "P(X ≥ 6) = ", "below α 0.01");
    }

    @Test
    void aStricterRuleOfTheGroupTakesTheFlagAway() {
        AlertRules needsTen = new AlertRules(Map.of(AlertRuleKey.ofGroup(STAFF.id(), Stage.IN_LOOP),
                new AlertRule(0.01, 10, OptionalDouble.empty())));

        ChartPoint point = lastStaffDay(request(ChartKind.POSITIVES).withAlertRules(needsTen));

        assertThat(point.flagged()).isFalse();
        assertThat(point.description()).doesNotContain("Flagged");
    }
}
