package org.loopwatch.cli;

/** Bad arguments or a bad input file: exit code 2, message on stderr, nothing changed. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
