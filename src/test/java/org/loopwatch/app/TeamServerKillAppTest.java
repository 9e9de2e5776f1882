package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The team server is stopped hard ({@code pg_ctl stop -m immediate}) while the desktop app saves
 * (SPEC §3.1, issue 17): the banner says the connection is lost and how many saves wait, typed values
 * stay in the form, the waiting save runs once the server is back, and afterwards every save the app
 * reported saved is in the database exactly once (one row, one audit entry). Each test has a server
 * of its own, since it stops it.
 */
@Tag("team")
@Tag("gui")
class TeamServerKillAppTest {

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private PostgresTestServer server;
    private TeamDatabaseUrl url;

    @BeforeEach
    void aTeamDatabaseOnAServerOfItsOwn() throws Exception {
        server = PostgresTestServer.startNew();
        url = server.newDatabase("kill");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), Clock.systemUTC()).close();
        app.openTeamDatabase(url, PostgresTestServer.PASSWORD);
        app.clickOn("#navEntry");
        app.waitUntil(() -> app.text("#entryStatus").isEmpty() && app.isShown("#cell-athletes-arrival"));
    }

    @AfterEach
    void stopTheServer() throws Exception {
        app.stop(); // before the server goes, so that the app does not wait for it
        server.close();
    }

    @Test
    void aSaveWhileTheServerIsDownWaitsUnderTheBannerKeepsItsValuesAndIsStoredOnceWhenTheServerIsBack() throws Exception {
        type("2415", "39");
        app.clickOn("#entrySave");
        app.waitUntil(() -> app.text("#entryStatus").startsWith("Saved"));

        server.stopImmediately();
        app.waitUntil(() -> app.text("#connectionBanner").contains("connection to the team database is lost"));
        type("175", "1");
        app.clickOn("#entrySave");
        // The store tries to reconnect for a few seconds, then the save waits for the connection.
        app.waitUntil(() -> app.text("#connectionBanner").contains("One save waits for it"));
        assertThat(field("#entryTests")).isEqualTo("175");
        assertThat(field("#entryPositives")).isEqualTo("1");
        assertThat(app.text("#entryStatus")).doesNotStartWith("Saved").doesNotStartWith("Not saved");

        server.start();
        app.waitUntil(() -> app.text("#entryStatus").startsWith("Saved"));
        assertThat(app.text("#entryStatus")).contains("1 / 175");
        app.waitUntil(() -> !app.lookup("#connectionBanner").query().isVisible());

        assertStoredOnce(List.of(2415L, 175L));
    }

    @Test
    void aSaveCutOffInsideItsCommitIsAskedAboutAfterTheRestartAndStoredOnce() throws Exception {
        server.slowCommitsOfResults(url, 2);
        type("2415", "39");
        app.clickOn("#entrySave");
        // The COMMIT has reached the server and waits there: the kill cuts it off with its answer unsent.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, server::someSessionSleeps);
        server.stopImmediately();
        server.start();

        // The store asks the restarted server what became of that transaction (rolled back by the
        // crash), runs the save again, and the app reports it saved; never a second row.
        app.waitUntil(() -> app.text("#entryStatus").startsWith("Saved"));
        assertStoredOnce(List.of(2415L));
    }

    private void type(String tests, String positives) {
        app.interact(() -> {
            app.lookup("#entryTests").queryAs(TextField.class).clear();
            app.lookup("#entryPositives").queryAs(TextField.class).clear();
        });
        app.clickOn("#entryTests").write(tests);
        app.clickOn("#entryPositives").write(positives);
    }

    private String field(String id) {
        return app.lookup(id).queryAs(TextField.class).getText();
    }

    /* Each save the app reported is one row and one audit entry of its insert, nothing more. */
    private void assertStoredOnce(List<Long> tests) {
        try (Database check = Database.connect(url, PostgresTestServer.superuserPassword(), Clock.systemUTC())) {
            List<DailyResult> stored = check.results().findAll();
            assertThat(stored).extracting(DailyResult::tests).containsExactlyInAnyOrderElementsOf(tests);
            assertThat(stored).allSatisfy(row -> assertThat(row.date()).isEqualTo(LocalDate.now()));
            List<AuditEntry> inserts = check.audit().find(AuditFilter.all()).stream()
                    .filter(entry -> entry.entity() == AuditEntity.DAILY_RESULT && entry.action() == AuditAction.INSERT).toList();
            assertThat(inserts).hasSameSizeAs(tests);
        }
    }
}
