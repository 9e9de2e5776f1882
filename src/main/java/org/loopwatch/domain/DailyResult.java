package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reported cell: the tests and positives of one group in one stage on one day. A missing
 * row means "not reported", which differs from a row with 0 tests.
 *
 * @param note optional free text; never null (empty when absent)
 */
public record DailyResult(LocalDate date, long groupId, Stage stage, long tests, long positives, String note) {

    public DailyResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
        if (tests < 0 || positives < 0 || positives > tests) {
            throw new IllegalArgumentException("invalid counts " + positives + " / " + tests
                    + "; validate with DailyResultValidator first");
        }
        note = note == null ? "" : note.strip();
    }

    public ResultKey key() {
        return new ResultKey(date, groupId, stage);
    }

    public Counts counts() {
        return new Counts(tests, positives);
    }
}
