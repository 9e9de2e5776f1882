package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AnotherTeamDesk.shortly;

import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamRole;

/**
 * Two desks on one team database of a real PostgreSQL server: the app on one, the store on the
 * other. Another desk's save shows on the app's dashboard, day grid and data table without a
 * restart (SPEC §3.1); an analyst and an entry clerk see what their role does not allow, named.
 */
@Tag("team")
@Tag("gui")
class TeamDesksAppTest {

    @RegisterExtension
    @Order(1)
    final AppUnderTest app = new AppUnderTest();

    @RegisterExtension
    @Order(2)
    final AnotherTeamDesk other = new AnotherTeamDesk("live");

    @Test
    void anotherDesksSaveShowsOnTheDashboardTheDayGridAndTheDataTable() throws Exception {
        connectAs(PostgresTestServer.SUPERUSER, PostgresTestServer.PASSWORD);
        long athletes = other.desk().groups().findByName("Athletes").orElseThrow().id();
        LocalDate today = LocalDate.now();

        other.desk().results().insert(new DailyResult(today, athletes, Stage.ARRIVAL, 171, 3, ""));
        shortly(() -> app.text("#tile-athletes .tile-stage-arrival .tile-period .tile-counts").contains("171"));

        app.clickOn("#navEntry");
        app.waitUntil(() -> app.text("#cell-athletes-arrival").contains("171"));
        other.desk().results().insert(new DailyResult(today, athletes, Stage.IN_LOOP, 175, 0, ""));
        shortly(() -> app.text("#cell-athletes-in_loop").contains("175"));

        app.clickOn("#navData");
        app.waitUntil(() -> app.text("#dataSummary").startsWith("Showing 2 of 2"));
        other.desk().results().insert(new DailyResult(today.minusDays(1), athletes, Stage.ARRIVAL, 50, 1, ""));
        shortly(() -> app.text("#dataSummary").startsWith("Showing 3 of 3"));
    }

    @Test
    void anAnalystSeesReadOnlyScreensThatNameTheRoleNeeded() throws Exception {
        String analyst = "analyst_" + UUID.randomUUID().toString().substring(0, 8);
        other.server().createLogin(analyst, "analyst-secret", TeamRole.ANALYST);
        connectAs(analyst, "analyst-secret");

        app.clickOn("#navEntry");
        app.waitUntil(() -> app.isShown("#entryRoleNotice"));
        assertThat(app.text("#entryRoleNotice")).contains("loopwatch_entry").contains(analyst);
        assertThat(app.lookup("#entrySave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.lookup("#entryTests").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(app.lookup("#entryCloseDay").queryAs(Button.class).isDisabled()).isTrue();

        app.clickOn("#navSettings");
        app.waitUntil(() -> app.isShown(".settings-role-notice"));
        assertThat(app.text(".settings-role-notice")).contains("loopwatch_admin");
    }

    @Test
    void anEntryClerkMayEnterButNotCloseDaysAndIsToldWhichRoleCloses() throws Exception {
        String clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 8);
        other.server().createLogin(clerk, "clerk-secret", TeamRole.ENTRY);
        connectAs(clerk, "clerk-secret");

        app.clickOn("#navEntry");
        app.waitUntil(() -> app.isShown("#entryRoleNotice"));
        assertThat(app.text("#entryRoleNotice")).contains("Closing and reopening days").contains("loopwatch_admin");
        assertThat(app.lookup("#entryCloseDay").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.lookup("#entryTests").queryAs(TextField.class).isEditable()).isTrue();
    }

    private void connectAs(String user, String password) throws Exception {
        app.openTeamDatabase(other.urlFor(user), password);
    }
}
