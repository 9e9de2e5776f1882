package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {

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
}
