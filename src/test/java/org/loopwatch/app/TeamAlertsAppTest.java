package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AnotherTeamDesk.shortly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.PostgresTestServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alerts on two desks of one team database (issue 21, SPEC §3.1): when another desk changes an
 * alert rule, this desk's dashboard judges the days by the new rule without a restart (the flag
 * appears on the tile and in the alert list); when another desk acknowledges the alert, this desk's
 * list shows it acknowledged, with who and the note.
 */
@Tag("team")
@Tag("gui")
class TeamAlertsAppTest {

    @RegisterExtension
    @Order(1)
    final AppUnderTest app = new AppUnderTest();

    @RegisterExtension
    @Order(2)
    final AnotherTeamDesk other = new AnotherTeamDesk("alert_desks");

    @Test
    void anotherDesksRuleChangeAndAcknowledgementShowOnThisDesksDashboard() throws Exception {
        long staff = other.desk().groups().findByName("Operating staff").orElseThrow().id();
        LocalDate today = LocalDate.now();
        // 1 in 1,000 a day for a fortnight, then 4 in 1,000: P(X ≥ 4) ≈ 0.021 — no alert at α 0.01, one at 0.05.
        List<DailyResult> rows = new ArrayList<>();
        for (int back = 14; back >= 1; back--) {
            rows.add(new DailyResult(today.minusDays(back), staff, Stage.IN_LOOP, 1000, 1, ""));
        }
        rows.add(new DailyResult(today, staff, Stage.IN_LOOP, 1000, 4, ""));
        other.desk().results().importAll(rows, false, "a fortnight", ImportProgress.NONE);
        app.openTeamDatabase(other.urlFor(PostgresTestServer.SUPERUSER), PostgresTestServer.PASSWORD);
        app.clickOn("#navDashboard");
        app.waitUntil(() -> app.text("#tile-operating-staff .tile-stage-in_loop .tile-period .tile-counts").contains("15,000"));
        assertThat(app.text("#dashboardAlerts")).isEqualTo("No alerts in the period");
        assertThat(app.isShown("#tile-operating-staff .tile-badge")).isFalse();

        other.desk().alertRules().put(AlertRuleKey.ofGroup(staff, Stage.IN_LOOP), new AlertRule(0.05, 2, OptionalDouble.empty()));

        shortly(() -> app.text("#dashboardAlerts").equals("Alerts in the period: 1 not acknowledged, 0 acknowledged"));
        assertThat(app.isShown("#tile-operating-staff .tile-badge")).isTrue();
        // The list's cells are laid out on a later pulse than the summary line above is set.
        shortly(() -> rows().size() == 1 && rows().get(0).contains("Not acknowledged yet"));
        assertThat(rows()).singleElement().asString().contains("Operating staff, In-loop").contains("below α 0.05")
                .contains("Not acknowledged yet");

        other.desk().alerts().acknowledge(new ResultKey(today, staff, Stage.IN_LOOP), "Night shift, two households");

        shortly(() -> app.text("#dashboardAlerts").equals("Alerts in the period: 0 not acknowledged, 1 acknowledged"));
        shortly(() -> rows().size() == 1 && rows().get(0).contains("Acknowledged "));
        assertThat(rows()).singleElement().asString().contains("Acknowledged ").contains(" by ")
                .endsWith(": Night shift, two households");
    }

    private List<String> rows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> list = app.lookup("#alertList").queryAs(ListView.class);
            return list.lookupAll(".list-cell").stream()
                    .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText())
                    .filter(text -> text != null && !text.isEmpty()).toList();
        }).get();
    }
}
