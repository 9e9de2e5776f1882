package org.loopwatch.report;

/**
 * An export that cannot be made from what was asked, e.g. an unknown group or a period without
 * data. The message says what is wrong and what to do; nothing was written.
 */
public final class ExportInputException extends RuntimeException {

    public ExportInputException(String message) {
        super(message);
    }
}
