package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.result;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/** A team database on a real PostgreSQL server: set-up, roles enforced by the server, logins. */
@Tag("team")
class TeamDatabaseTest {

    private PostgresTestServer server;
    private TeamDatabaseUrl admin;

    @BeforeEach
    void newTeamDatabase() {
        server = PostgresTestServer.shared();
        admin = server.newDatabase("team");
        Database.teamInit(admin, PostgresTestServer.superuserPassword(), CLOCK).close();
    }

    @Test
    void teamInitCreatesTheSchemaDefaultGroupsAndRolesAndASecondInitChangesNothing() {
        assertThatThrownBy(() -> Database.teamInit(admin, PostgresTestServer.superuserPassword(), CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.ALREADY_EXISTS);
                    assertThat(e.getMessage()).contains(admin.toString()).contains("changed nothing");
                });
        try (Database database = connect(admin)) {
            assertThat(database.groups().findAll()).extracting(g -> g.name())
                    .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
            assertThat(database.rollups().findAll()).hasSize(2);
            assertThat(database.roles()).containsExactlyInAnyOrder(TeamRole.values());
            assertThat(database.location()).isEqualTo(admin.toString());
        }
    }

    @Test
    void anEntryClerkSavesResultsAndTheAuditNamesTheDatabaseUserAndTheDesk() {
        String clerk = login("clerk", TeamRole.ENTRY);
        try (Database database = connect(clerk)) {
            long athletes = groupId(database, "Athletes");
            database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            database.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 172, 1), "");

            assertThat(database.results().find(new ResultKey(JAN_4, athletes, Stage.ARRIVAL)))
                    .hasValue(result(JAN_4, athletes, Stage.ARRIVAL, 172, 1));
            assertThat(database.audit().find(AuditFilter.all())).hasSize(2).allSatisfy(entry -> {
                assertThat(entry.osUser()).isEqualTo(clerk);
                assertThat(entry.desk()).isEqualTo(Desk.name()).isNotBlank();
            });
            assertThat(database.roles()).containsExactlyInAnyOrder(TeamRole.ENTRY, TeamRole.ANALYST);
        }
    }

    @Test
    void anAnalystCannotWriteEvenWithHandWrittenSqlAndTheRefusalNamesTheRoleNeeded() throws Exception {
        String analyst = login("analyst", TeamRole.ANALYST);
        try (Database database = connect(analyst)) {
            long athletes = groupId(database, "Athletes");

            assertThatThrownBy(() -> database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0)))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.NOT_PERMITTED);
                        assertThat(e.neededRole()).hasValue(TeamRole.ENTRY);
                        assertThat(e.getMessage()).contains(analyst).contains("needs the role loopwatch_entry");
                    });
            try (Statement statement = database.session().connectionForTests().createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO daily_results (date, group_id, stage, tests, "
                        + "positives, updated_at) VALUES ('2022-01-04', " + athletes + ", 'arrival', 1, 0, now())"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE groups SET name = 'X'"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            assertThat(database.results().count()).isZero();
        }
    }

    @Test
    void anEntryClerkCannotChangeGroupsNorCloseDaysNorChangeAClosedDayButAnAdminCan() {
        String clerk = login("clerk", TeamRole.ENTRY);
        try (Database asAdmin = connect(admin); Database asClerk = connect(clerk)) {
            long athletes = groupId(asClerk, "Athletes");
            asClerk.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));

            assertRefusedNeedingAdmin(() -> asClerk.groups().add("Volunteers"));
            assertRefusedNeedingAdmin(() -> asClerk.days().close(JAN_4, ""));
            asAdmin.days().close(JAN_4, "checked");
            assertRefusedNeedingAdmin(() -> asClerk.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 1, 0), "typo"));

            asAdmin.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 170, 0), "typo in the lab sheet");
            assertThat(asClerk.results().find(new ResultKey(JAN_4, athletes, Stage.ARRIVAL)).map(DailyResult::tests)).hasValue(170L);
            assertThat(asClerk.days().isClosed(JAN_4)).isTrue();
        }
    }

    @Test
    void anEntryClerksHandWrittenSqlThroughTheAppsConnectionCannotGoBeyondTheRole() throws Exception {
        String clerk = login("clerk", TeamRole.ENTRY);
        try (Database asAdmin = connect(admin); Database asClerk = connect(clerk)) {
            long athletes = groupId(asClerk, "Athletes");
            asClerk.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            asAdmin.days().close(JAN_4, "checked");
            long audited = asAdmin.audit().find(AuditFilter.all()).size();

            try (Statement sql = asClerk.session().connectionForTests().createStatement()) {
                for (String beyondTheRole : java.util.List.of(
                        "UPDATE groups SET name = 'X'",
                        "INSERT INTO day_status (date, closed) VALUES ('2022-01-05', true)",
                        "UPDATE day_status SET closed = false",
                        "UPDATE daily_results SET tests = 1", // the closed day's row
                        "DELETE FROM daily_results",
                        "UPDATE audit_log SET reason = 'rewritten'",
                        "DELETE FROM audit_log",
                        "INSERT INTO alert_rules (group_id, stage, alpha, min_positives) VALUES (NULL, 'arrival', 0.5, 1)",
                        "SET ROLE loopwatch_admin",
                        "ALTER TABLE daily_results DISABLE TRIGGER ALL",
                        "SET session_replication_role = replica")) {
                    assertThatThrownBy(() -> sql.execute(beyondTheRole)).as(beyondTheRole)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
                // An audit row written by hand still names who wrote it, whatever it claims.
                sql.execute("INSERT INTO audit_log (at_utc, changed_by, action, entity) VALUES (now(), 'someone_else', 'insert', 'group')");
            }
            assertThat(asAdmin.results().find(new ResultKey(JAN_4, athletes, Stage.ARRIVAL)).map(DailyResult::tests)).hasValue(171L);
            assertThat(asAdmin.days().isClosed(JAN_4)).isTrue();
            assertThat(asAdmin.groups().findByName("Athletes")).isPresent();
            java.util.List<AuditEntry> log = asAdmin.audit().find(AuditFilter.all());
            assertThat(log).hasSize((int) audited + 1);
            assertThat(log).noneSatisfy(entry -> assertThat(entry.osUser()).isEqualTo("someone_else"));
            assertThat(log).anySatisfy(entry -> assertThat(entry.reason()).isEqualTo("checked"));
        }
    }

    @Test
    void aPasswordIsAskedForWhenNoneIsFoundAndAWrongOneIsRefusedClearly() {
        String clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 6);
        server.createLogin(clerk, "right", TeamRole.ENTRY);
        TeamDatabaseUrl url = server.url(clerk, admin.database(), "");

        try (Database database = Database.connect(url, (u, refused) -> Optional.of("right".toCharArray()), CLOCK)) {
            assertThat(database.user()).isEqualTo(clerk);
        }
        assertThatThrownBy(() -> Database.connect(url, (u, refused) -> Optional.of("wrong".toCharArray()), CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.LOGIN_FAILED);
                    assertThat(e.getMessage()).contains(clerk).contains("password");
                });
        assertThatThrownBy(() -> Database.connect(url, PasswordPrompt.NONE, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.LOGIN_FAILED);
                    assertThat(e.getMessage()).contains("PGPASSWORD").contains(".pgpass");
                });
    }

    @Test
    void verifyFullConnectsWithTheServersCaAndRefusesAServerItCannotVerify() {
        TeamDatabaseUrl verified = server.url(PostgresTestServer.SUPERUSER, admin.database(),
                "?sslmode=verify-full&sslrootcert=" + server.caCertificate());
        try (Database database = Database.connect(verified, PostgresTestServer.superuserPassword(), CLOCK)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }

        TeamDatabaseUrl unverifiable = server.url(PostgresTestServer.SUPERUSER, admin.database(),
                "?sslmode=verify-full&sslrootcert=/nonexistent/ca.crt");
        assertThatThrownBy(() -> Database.connect(unverifiable, PostgresTestServer.superuserPassword(), CLOCK))
                .isInstanceOf(StoreException.class).hasMessageContaining(unverifiable.toString());
    }

    @Test
    @Tag("process") // runs openssl to make a second CA
    void verifyFullRefusesAServerSignedByAnotherCaAndSaysWhatToCheck(@TempDir Path folder) throws Exception {
        // A real self-signed CA, made by openssl as an administrator would, that did not sign the server's certificate.
        Path otherCa = folder.resolve("other-ca.crt");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=Another CA", "-keyout", folder.resolve("other-ca.key").toString(), "-out", otherCa.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor()).as("openssl made the other CA").isZero();
        TeamDatabaseUrl otherCaUrl = server.url(PostgresTestServer.SUPERUSER, admin.database(),
                "?sslmode=verify-full&sslrootcert=" + otherCa);

        assertThatThrownBy(() -> Database.connect(otherCaUrl, PostgresTestServer.superuserPassword(), CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.NOT_VERIFIED);
                    assertThat(e.getMessage()).contains(otherCaUrl.toString()).contains("sslrootcert")
                            .doesNotContain("reconnects by itself");
                });
        // The server does speak TLS: asking only for encryption connects, so the refusal above is the verification.
        TeamDatabaseUrl encryptedOnly = server.url(PostgresTestServer.SUPERUSER, admin.database(), "?sslmode=require");
        try (Database database = Database.connect(encryptedOnly, PostgresTestServer.superuserPassword(), CLOCK)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }
    }

    @Test
    void aDatabaseWithoutLoopWatchIsNeverSetUpByConnecting() {
        TeamDatabaseUrl empty = server.newDatabase("empty");

        assertThatThrownBy(() -> Database.connect(empty, PostgresTestServer.superuserPassword(), CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).contains("team init");
                });
    }

    private static void assertRefusedNeedingAdmin(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.kind()).isEqualTo(Problem.NOT_PERMITTED);
            assertThat(e.neededRole()).hasValue(TeamRole.ADMIN);
            assertThat(e.getMessage()).contains("loopwatch_admin");
        });
    }

    private String login(String prefix, TeamRole role) {
        String user = prefix + "_" + UUID.randomUUID().toString().substring(0, 6);
        server.createLogin(user, PostgresTestServer.PASSWORD, role);
        return user;
    }

    private Database connect(String user) {
        return connect(server.url(user, admin.database(), ""));
    }

    private static Database connect(TeamDatabaseUrl url) {
        return Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
    }
}
