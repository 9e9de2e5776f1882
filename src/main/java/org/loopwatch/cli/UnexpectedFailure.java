package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.loopwatch.store.AppLog;

/**
 * A command failed in a way that is neither bad input (exit 2) nor a database problem (exit 3): a
 * fault inside LoopWatch. It is reported as what it is, never dressed up as another error (an
 * export once called every failure "could not write"): one line on stderr naming the failure and the
 * log file, the whole stack trace in that file, exit {@link ExitCode#UNEXPECTED}.
 */
final class UnexpectedFailure {

    private static final System.Logger LOG = System.getLogger(UnexpectedFailure.class.getName());

    private UnexpectedFailure() {
    }

    /** Logs {@code failure} of {@code command} and tells the person where; returns the exit code. */
    static int report(Throwable failure, String command, PrintStream err) {
        // Only now is the log file opened: a command that succeeds never pays for it (SPEC §9).
        Optional<Path> log = AppLog.tryInstall(true);
        LOG.log(System.Logger.Level.ERROR, "The command \"" + command + "\" failed", failure);
        if (log.isEmpty()) {
            failure.printStackTrace(err);
        }
        String where = log.map(Path::toString).orElse(UsageTexts.TEXT.get("error.noLog"));
        err.println("loopwatch: " + UsageTexts.TEXT.format("error.unexpected", command, describe(failure), where));
        return ExitCode.UNEXPECTED;
    }

    /** The failure as one line: its kind and its message. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
