package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The identity of a daily result: at most one row per (date, group, stage). */
public record ResultKey(LocalDate date, long groupId, Stage stage) {

    public ResultKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
    }

    // Written out, not generated: a record's generated equals and hashCode are call sites that the
    // JVM links at every start (java.lang.runtime.ObjectMethods; the AOT cache keeps no such link),
    // and they run as method-handle chains that C1, a command's only compiler, does not inline. A
    // key per row of a 100,000-row import and per alert of the ten-year briefing (decision 0081).
    @Override
    public boolean equals(Object other) {
        return other instanceof ResultKey key && groupId == key.groupId && stage == key.stage
                && date.equals(key.date);
    }

    @Override
    public int hashCode() {
        return (date.hashCode() * 31 + Long.hashCode(groupId)) * 31 + stage.ordinal();
    }
}
