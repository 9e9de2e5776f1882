package org.loopwatch.cli;

/** The command line's exit codes (SPEC §7); scripts rely on them. */
public final class ExitCode {

    public static final int OK = 0;
    /**
     * A fault inside LoopWatch, neither bad input nor a database problem: the message names the log
     * file holding the details (decision 0018). SPEC §7 defines 0, 2 and 3; 1 is the usual code for
     * "failed otherwise", and picocli's own for an exception.
     */
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATABASE_PROBLEM = 3;

    private ExitCode() {
    }
}
