package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Team database schemas are versioned too, and only an admin may upgrade one; a refused upgrade changes nothing. */
@Tag("team")
class TeamSchemaUpgradeTest {

    private static final int LATEST = PostgresSchema.latestVersion();
    private static final List<String> LATER = List.of("ALTER TABLE settings ADD COLUMN note text NOT NULL DEFAULT ''");

    @Test
    void anEntryClerkCannotUpgradeTheSchemaAndAnAdminCan() throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        TeamDatabaseUrl url = server.newDatabase("upgrade");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
        String clerk = "clerk_" + UUID.randomUUID().toString().substring(0, 6);
        server.createLogin(clerk, PostgresTestServer.PASSWORD, TeamRole.ENTRY);

        try (Connection asClerk = new PostgresConnections(server.url(clerk, url.database(), ""),
                PostgresTestServer.superuserPassword()).open()) {
            assertThatThrownBy(() -> PostgresSchema.migrate(asClerk, LATEST + 1, version -> LATER))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThat(PostgresSchema.version(asClerk)).isEqualTo(LATEST);
            assertThat(hasColumn(asClerk)).isFalse();
        }
        try (Connection asAdmin = new PostgresConnections(url, PostgresTestServer.superuserPassword()).open()) {
            assertThat(PostgresSchema.migrate(asAdmin, LATEST + 1, version -> LATER)).isEqualTo(LATEST + 1);
            assertThat(PostgresSchema.version(asAdmin)).isEqualTo(LATEST + 1);
            assertThat(hasColumn(asAdmin)).isTrue();
        }
        assertThatThrownBy(() -> Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Problem.NEWER_SCHEMA);
                    assertThat(e.getMessage()).contains("schema " + (LATEST + 1) + ", this app knows " + LATEST);
                });
    }

    private static boolean hasColumn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.columns "
                     + "WHERE table_schema = 'loopwatch' AND table_name = 'settings' AND column_name = 'note'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }
}
