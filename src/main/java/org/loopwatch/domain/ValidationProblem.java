package org.loopwatch.domain;

import java.util.Objects;

/**
 * One problem with an entry.
 *
 * @param field    the field it belongs to: "date", "group", "stage", "tests", "positives" or "note"
 * @param message  a sentence a person understands, saying what is wrong and what to do
 * @param severity whether it blocks saving
 */
public record ValidationProblem(String field, String message, Severity severity) {

    public static final String DATE = "date";
    public static final String GROUP = "group";
    public static final String STAGE = "stage";
    public static final String TESTS = "tests";
    public static final String POSITIVES = "positives";
    public static final String NOTE = "note";

    public ValidationProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    static ValidationProblem error(String field, String message) {
        return new ValidationProblem(field, message, Severity.ERROR);
    }

    static ValidationProblem warning(String field, String message) {
        return new ValidationProblem(field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
