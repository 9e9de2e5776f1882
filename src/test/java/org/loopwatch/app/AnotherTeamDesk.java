package org.loopwatch.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fresh team database on the shared test server and a second desk connected to it through the
 * store, for tests where another desk's change must show in the app. Registered after the
 * {@link AppUnderTest} field, so the desk closes before the app stops, as a person's would.
 */
final class AnotherTeamDesk implements BeforeEachCallback, AfterEachCallback {

    private final String databaseName;
    private PostgresTestServer server;
    private TeamDatabaseUrl admin;
    private Database desk;

    /** @param databaseName the stem of the new database's name, to tell the tests' databases apart */
    AnotherTeamDesk(String databaseName) {
        this.databaseName = databaseName;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = PostgresTestServer.shared();
        admin = server.newDatabase(databaseName);
        Database.teamInit(admin, PostgresTestServer.superuserPassword(), Clock.systemUTC()).close();
        desk = Database.connect(admin, PostgresTestServer.superuserPassword(), Clock.systemUTC());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (desk != null) {
            desk.close();
        }
    }

    /** The other desk's store, connected as the superuser. */
    Database desk() {
        return desk;
    }

    /** The shared server, e.g. to create logins with a role. */
    PostgresTestServer server() {
        return server;
    }

    /** The team database's address for this login, as a person would type it. */
    TeamDatabaseUrl urlFor(String user) {
        return server.url(user, admin.database(), "");
    }

    /** Waits for another desk's change to show on this desk. */
    static void shortly(Callable<Boolean> condition) throws Exception {
        // SPEC §3.1 asks for 2 s; the wait allows more for a loaded test machine (the benchmark measures it).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
