package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.store.TeamRole;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app on a team database of a real PostgreSQL server (SPEC §3.1): started with
 * {@code --db postgresql://...} or connected through File → Connect to team database…, asking for
 * the password when the environment has none, and naming database, user and role in the status bar.
 */
@Tag("team")
@Tag("gui")
class TeamDatabaseAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private PostgresTestServer server;
    private TeamDatabaseUrl admin;

    @BeforeEach
    void aTeamDatabase() {
        server = PostgresTestServer.shared();
        admin = server.newDatabase("app");
        Database.teamInit(admin, PostgresTestServer.superuserPassword(), Clock.systemUTC()).close();
    }

    @Test
    void startedOnATeamDatabaseItAsksForThePasswordAndNamesDatabaseUserAndRole() throws Exception {
        String clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 8);
        server.createLogin(clerk, "clerk-secret", TeamRole.ENTRY);
        TeamDatabaseUrl url = server.url(clerk, admin.database(), "");

        app.launch("--db", url.toString());

        app.waitUntil(() -> app.isShown("#passwordDialogText"));
        assertThat(app.text("#passwordDialogText")).contains(clerk).contains(url.toString());
        app.answerPassword("clerk-secret");
        app.waitForTeamDatabase();

        assertThat(app.status(DATABASE)).contains(url.toString()).contains("user " + clerk)
                .contains("role loopwatch_entry").doesNotContain("clerk-secret");
        assertThat(app.status(AppUnderTest.ROWS)).isEqualTo("0 entries");
    }

    @Test
    void aWrongPasswordIsAskedForAgainAndCancellingLeavesTheDatabaseClosed() throws Exception {
        TeamDatabaseUrl url = server.url(PostgresTestServer.SUPERUSER, admin.database(), "");

        app.launch("--db", url.toString());
        app.answerPassword("not-the-password");

        app.waitUntil(() -> app.text("#passwordDialogText").contains("refused"));
        WaitForAsyncUtils.waitForFxEvents();
        app.interact(() -> app.lookup("#dialogCancel").queryAs(Button.class).fire());
        app.waitUntil(() -> app.isShown("#errorDialogText"));
        assertThat(app.text("#errorDialogText")).contains(url.toString());
        assertThat(app.status(DATABASE)).startsWith("Database not open");
    }

    @Test
    void fileMenuConnectsFromADatabaseFileAndRefusesAMalformedAddressFirst() throws Exception {
        app.start(folder.resolve("desk.db"));
        TeamDatabaseUrl url = server.url(PostgresTestServer.SUPERUSER, admin.database(), "");

        app.clickOn("#menuFile").clickOn("#menuConnectTeam");
        app.waitUntil(() -> app.isShown("#teamAddress"));
        app.interact(() -> app.lookup("#teamAddress").queryAs(TextField.class).setText("postgresql://localhost"));
        assertThat(app.text("#teamAddressProblem")).contains("database");
        assertThat(app.lookup("#dialogConfirm").queryAs(Button.class).isDisabled()).isTrue();
        app.interact(() -> app.lookup("#teamAddress").queryAs(TextField.class).setText(url.toString()));
        assertThat(app.lookup("#dialogConfirm").queryAs(Button.class).isDisabled()).isFalse();
        app.interact(() -> app.lookup("#dialogConfirm").queryAs(Button.class).fire());

        app.answerPassword(PostgresTestServer.PASSWORD);
        app.waitForTeamDatabase();
        assertThat(app.status(DATABASE)).contains("role loopwatch_admin");
    }
}
