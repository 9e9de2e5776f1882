package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The identity of a daily result: at most one row per (date, group, stage). */
public record ResultKey(LocalDate date, long groupId, Stage stage) {

    public ResultKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
    }
}
