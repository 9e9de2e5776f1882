package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.loopwatch.store.AppLog;

/** A fault inside LoopWatch is reported as one, with its trace in the log, never as another error. */
class UnexpectedFailureTest {

    @Test
    void aFaultIsNamedAsOneExitsOneAndLeavesItsWholeStackTraceInTheLog() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String marker = "no axis " + UUID.randomUUID();
        NullPointerException fault = new NullPointerException(marker);

        int code = UnexpectedFailure.report(fault, "export chart", new PrintStream(err, true, StandardCharsets.UTF_8));

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCode.UNEXPECTED).isNotIn(ExitCode.BAD_INPUT, ExitCode.DATABASE_PROBLEM);
        assertThat(said).startsWith("loopwatch: export chart: unexpected error inside LoopWatch (NullPointerException: "
                        + marker + ")")
                .contains(AppLog.file().toString()).doesNotContain("could not write").doesNotContain("\tat ");
        Path log = AppLog.file();
        assertThat(Files.readString(log)).contains("The command \"export chart\" failed")
                .contains("java.lang.NullPointerException: " + marker)
                .contains("\tat org.loopwatch.cli.UnexpectedFailureTest");
    }
}
