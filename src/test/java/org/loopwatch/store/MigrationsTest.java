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
        assertThat(Migrations.latestVersion()).isEqualTo(1);
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

            assertThatThrownBy(() -> Migrations.run(connection, database.file(), 2, "V002.sql", broken))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.MIGRATION_FAILED);
                        assertThat(e.getMessage()).contains(database.file().toString()).contains("V002.sql")
                                .contains("still at schema 1");
                    });
            try (Statement statement = connection.createStatement()) {
                assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("1");
                try (ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'")) {
                    tables.next();
                    assertThat(tables.getInt(1)).isZero();
                }
            }

            Migrations.run(connection, database.file(), 2, "V002.sql", List.of("CREATE TABLE extra (x INTEGER)"));
            try (Statement statement = connection.createStatement()) {
                assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("2");
            }
        }
    }
}
