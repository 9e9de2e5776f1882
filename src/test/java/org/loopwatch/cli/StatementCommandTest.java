package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statement --date D [--json]}: the day and the cumulative figures per stage and group. */
class StatementCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void theStatementGivesEachStageAndGroupForTheDayAndSinceTheStart() throws Exception {
        Path db = folder.resolve("event.db");
        Path csv = folder.resolve("in.csv");
        Files.writeString(csv, """
                date,group,stage,tests,positives
                2022-01-04,Athletes,arrival,100,0
                2022-01-05,Athletes,arrival,71,0
                2022-01-05,Operating staff,arrival,2415,39
                2022-01-05,Operating staff,in_loop,336246,33
                2022-01-06,Media,in_loop,10,1
                """);
        assertThat(run("--db", db.toString(), "import", csv.toString())).isZero();

        assertThat(run("--db", db.toString(), "statement", "--date", "2022-01-05")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Daily statement for 2022-01-05 (cumulative since 2022-01-04)")
                .contains("Athletes: 71 arrivals tested, 0 positive; since loop start 171 arrivals tested, 0 positive.")
                .contains("Operating staff: 336,246 tests, 33 positive; since loop start 336,246 tests, 33 positive.");
        assertThat(text.indexOf("Arrival (airport)")).isLessThan(text.indexOf("In-loop screening"));

        assertThat(run("--db", db.toString(), "statement", "--json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"date\": \"2022-01-06\"").contains("\"cumulative_from\": \"2022-01-04\"")
                .contains("{\"group\": \"Media\", \"stage\": \"in_loop\", \"tests\": 10, \"positives\": 1, "
                        + "\"cumulative_tests\": 10, \"cumulative_positives\": 1}")
                .contains("{\"group\": \"*\", \"stage\": \"arrival\", \"tests\": 0, \"positives\": 0, "
                        + "\"cumulative_tests\": 2586, \"cumulative_positives\": 39}");
    }
}
