package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.openNew;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.StoreException.Problem;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void scriptsAreFoundByProbingConsecutiveNumbers() {
        assertThat(Migrations.latestVersion()).isEqualTo(3);
    }

    @Test
    void aScriptSplitsIntoStatementsAtSemicolonsEndingALineSkippingComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (
                    x TEXT DEFAULT 'a;b'
                );

                CREATE INDEX a_x ON a (x);
                """;

        assertThat(Migrations.statements(script)).containsExactly(
                "CREATE TABLE a (\n    x TEXT DEFAULT 'a;b'\n);", "CREATE INDEX a_x ON a (x);");
    }

    @Test
    void aFailingScriptIsRolledBackWholeAndLeavesTheVersionAsItWas() throws Exception {
        try (Database database = openNew(folder)) {
            Connection connection = database.session().connectionForTests();
            List<String> broken = List.of("CREATE TABLE extra (x INTEGER)", "INSERT INTO no_such_table VALUES (1)");

            assertThatThrownBy(() -> Migrations.run(connection, database.file(), 4, "V004.sql", broken))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.MIGRATION_FAILED);
                        assertThat(e.getMessage()).contains(database.file().toString()).contains("V004.sql")
                                .contains("still at schema 3");
                    });
            try (Statement statement = connection.createStatement()) {
                assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("3");
                try (ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'")) {
                    tables.next();
                    assertThat(tables.getInt(1)).isZero();
                }
            }

            Migrations.run(connection, database.file(), 3, "V003.sql", List.of("CREATE TABLE extra (x INTEGER)"));
            try (Statement statement = connection.createStatement()) {
                assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("3");
            }
        }
    }

    @Test
    void aDatabaseOfSchema1IsUpgradedWithRowVersionsAndTheDeskInTheAuditKeepingEverything() throws Exception {
        Path file = folder.resolve("old.db");
        java.nio.file.Files.createFile(file);
        try (Connection connection = SqliteConnections.openReadWrite(file); Statement statement = connection.createStatement()) {
            Migrations.migrate(connection, file, 0, 1, Backups.of(file, StoreTestSupport.CLOCK),
                    v -> Migrations.statements(Migrations.read("/org/loopwatch/db/migration/", "V001.sql")));
            statement.execute("INSERT INTO daily_results (date, group_id, stage, tests, positives, updated_at) "
                    + "VALUES ('2022-01-04', 1, 'arrival', 171, 0, '2022-01-05T08:30:00.000Z')");
            statement.execute("INSERT INTO audit_log (at_utc, os_user, action, entity) "
                    + "VALUES ('2022-01-05T08:30:00.000Z', 'ann', 'insert', 'daily_result')");
        }

        try (Database database = Database.open(file, OpenMode.MUST_EXIST, StoreTestSupport.CLOCK)) {
            assertThat(database.schemaVersion()).isEqualTo(3);
            assertThat(database.results().count()).isEqualTo(1);
            assertThat(database.audit().find(AuditFilter.all())).singleElement().satisfies(entry -> {
                assertThat(entry.osUser()).isEqualTo("ann");
                assertThat(entry.desk()).isEmpty();
            });
            try (Statement statement = database.session().connectionForTests().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM daily_results")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
        assertThat(Backups.of(file).list()).extracting(BackupInfo::reason).containsExactly(BackupReason.BEFORE_UPGRADE);
    }
}
