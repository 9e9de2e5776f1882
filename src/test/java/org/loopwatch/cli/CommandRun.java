package org.loopwatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process, as a shell would but without a child JVM, and keeps what the
 * last run printed on standard output and standard error for the test to read.
 */
final class CommandRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code loopwatch args…} and returns its exit code; what earlier runs printed is dropped. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** What the last run printed on standard output. */
    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last run printed on standard error. */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
