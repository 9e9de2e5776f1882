package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What {@code summary --json} and {@code statement --json} print is one JSON document a plain
 * Jackson parser reads, with the top-level fields of SPEC §7 in their order — also with a group
 * name that needs escaping and with flags and gaps in the output.
 */
class CommandJsonParsesTest {

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    private String run(String... args) {
        int exit = cli.run(args);
        assertThat(exit).isZero();
        return cli.stdout();
    }

    @Test
    void summaryAndStatementJsonAreDocumentsAJsonParserReads() throws Exception {
        Path db = folder.resolve("event.db");
        Path csv = folder.resolve("in.csv");
        StringBuilder rows = new StringBuilder("date,group,stage,tests,positives\n");
        for (int day = 4; day <= 20; day++) {
            rows.append("2022-01-%02d,\"Press \"\"pool\"\" \\ 记者\",in_loop,1000,%d%n".formatted(day, day == 20 ? 40 : 1));
            if (day != 12) {
                rows.append("2022-01-%02d,Athletes,arrival,50,0%n".formatted(day));
            }
        }
        Files.writeString(csv, rows);
        run("--db", db.toString(), "import", csv.toString(), "--create-groups");

        String summary = run("--db", db.toString(), "summary", "--json");
        assertThat(topLevelNames(summary)).containsExactly("from", "to", "method", "level", "rows", "window_days",
                "recent", "flags", "missing", "no_baseline");
        assertThat(summary).contains("\"group\": \"Press \\\"pool\\\" \\\\ 记者\"").contains("\"explanation\": ");

        String statement = run("--db", db.toString(), "statement", "--json");
        assertThat(topLevelNames(statement)).containsExactly("date", "cumulative_from", "rows", "missing");
    }

    /** The names of the top-level object's fields; fails unless the text is exactly one JSON object. */
    private static List<String> topLevelNames(String json) {
        List<String> names = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            assertThat(parser.nextToken()).isNull();
        }
        return names;
    }
}
