package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command builds only its own picocli model (decision 0042): the one named after the global
 * options, or all when none is named, and then parsing, help and errors are as with all built.
 */
class SubcommandsNeededTest {

    @Test
    void theCommandNamedAfterTheGlobalOptionsIsTheOnlyOneBuilt() {
        assertThat(LoopWatchCommand.needed(words("--db", "x.db", "export", "briefing", "--out", "a.pdf")))
                .extracting(LoopWatchCommand.Subcommand::name).containsExactly("export");
        assertThat(LoopWatchCommand.needed(words("--lang", "zh-CN", "summary", "--json")))
                .extracting(LoopWatchCommand.Subcommand::name).containsExactly("summary");
        // The value of --db is never a command, whatever it is called.
        assertThat(LoopWatchCommand.needed(words("--db", "summary", "import", "f.csv")))
                .extracting(LoopWatchCommand.Subcommand::name).containsExactly("import");
    }

    @Test
    void everyCommandIsBuiltWhenNoneIsNamedOrTheTopLevelIsAsked() {
        for (String[] words : List.of(words(), words("--help"), words("-V"), words("--db", "x.db"),
                words("--db", "x.db", "sumary"), words("--", "summary"), words("--db"))) {
            assertThat(LoopWatchCommand.needed(words)).as(String.join(" ", words))
                    .isEqualTo(LoopWatchCommand.SUBCOMMANDS);
        }
    }

    @Test
    void everyCommandHasItsOwnName() {
        assertThat(LoopWatchCommand.SUBCOMMANDS.stream().map(LoopWatchCommand.Subcommand::name).distinct())
                .hasSameSizeAs(LoopWatchCommand.SUBCOMMANDS);
    }

    @Test
    void aMistypedCommandIsStillToldWithTheWholeList() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("sumary");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sumary").contains("loopwatch --help");
    }

    private static String[] words(String... words) {
        return words;
    }
}
