package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/** Alert rules and acknowledgements in a team database on a real PostgreSQL server (issue 21). */
@Tag("team")
class AlertTeamTest {

    private static final AlertRule STRICT = new AlertRule(0.001, 3, OptionalDouble.of(0.001));

    @TempDir
    Path folder;

    private PostgresTestServer server;
    private TeamDatabaseUrl admin;

    @BeforeEach
    void newTeamDatabase() {
        server = PostgresTestServer.shared();
        admin = server.newDatabase("alerts");
        Database.teamInit(admin, PostgresTestServer.superuserPassword(), CLOCK).close();
    }

    @Test
    void anAdminSetsRulesAClerkAcknowledgesAndTheAuditNamesBoth() {
        String clerk = login("clerk", TeamRole.ENTRY);
        ResultKey cell;
        try (Database database = connect(admin)) {
            long staff = groupId(database, "Operating staff");
            cell = new ResultKey(JAN_4, staff, Stage.IN_LOOP);
            database.alertRules().put(AlertRuleKey.ofGroup(staff, Stage.IN_LOOP), STRICT);
        }
        try (Database database = connect(server.url(clerk, admin.database(), ""))) {
            assertThat(database.alertRules().load().ruleFor(cell.groupId(), Stage.IN_LOOP)).isEqualTo(STRICT);
            assertThatThrownBy(() -> database.alertRules().put(AlertRuleKey.stageDefault(Stage.ARRIVAL), STRICT))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.NOT_PERMITTED);
                        assertThat(e.neededRole()).hasValue(TeamRole.ADMIN);
                    });

            database.alerts().acknowledge(cell, "Cluster on floor 3, contacts traced");

            AlertAcknowledgement stored = database.alerts().findAll().get(cell);
            assertThat(stored.note()).isEqualTo("Cluster on floor 3, contacts traced");
            assertThat(stored.by()).isEqualTo(clerk);
            assertThat(stored.desk()).isEqualTo(Desk.name());
            assertThat(database.audit().find(AuditFilter.all()))
                    .filteredOn(entry -> entry.action() == AuditAction.ACKNOWLEDGE).singleElement()
                    .satisfies(entry -> assertThat(entry.osUser()).isEqualTo(clerk));
        }
    }

    @Test
    void anAnalystCannotAcknowledgeAndTheRefusalNamesTheRole() {
        String analyst = login("analyst", TeamRole.ANALYST);
        try (Database database = connect(server.url(analyst, admin.database(), ""))) {
            ResultKey cell = new ResultKey(JAN_4, groupId(database, "Media"), Stage.ARRIVAL);

            assertThatThrownBy(() -> database.alerts().acknowledge(cell, "seen"))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.NOT_PERMITTED);
                        assertThat(e.neededRole()).hasValue(TeamRole.ENTRY);
                    });
            assertThat(database.alerts().findAll()).isEmpty();
        }
    }

    @Test
    void aDesksFileCopiedIntoTheTeamDatabaseKeepsItsRulesAndAcknowledgements() {
        TeamDatabaseUrl target = server.newDatabase("alerts_copy");
        Database.teamInit(target, PostgresTestServer.superuserPassword(), CLOCK).close();
        try (Database source = openNew(folder); Database team = connect(target)) {
            long media = groupId(source, "Media");
            source.alertRules().put(AlertRuleKey.ofGroup(media, Stage.IN_LOOP), STRICT);
            source.alertRules().put(AlertRuleKey.stageDefault(Stage.ARRIVAL), AlertRule.DEFAULT);
            source.alerts().acknowledge(new ResultKey(JAN_4, media, Stage.IN_LOOP), "seen");

            source.copyTo(team);

            assertThat(team.alertRules().load()).isEqualTo(source.alertRules().load());
            assertThat(team.alerts().findAll()).isEqualTo(source.alerts().findAll());
        }
    }

    private String login(String prefix, TeamRole role) {
        String user = prefix + "_" + UUID.randomUUID().toString().substring(0, 6);
        server.createLogin(user, PostgresTestServer.PASSWORD, role);
        return user;
    }

    private static Database connect(TeamDatabaseUrl url) {
        return Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
    }
}
