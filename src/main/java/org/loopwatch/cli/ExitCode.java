package org.loopwatch.cli;

/** The command line's exit codes (SPEC §7); scripts rely on them. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int DATABASE_PROBLEM = 3;

    private ExitCode() {
    }
}
