package org.loopwatch.store;

import java.time.LocalDate;
import java.util.Objects;

/** A labelled day drawn as a marker on charts, e.g. 2022-02-04 "Games open". */
public record KeyDate(long id, LocalDate date, String label) {

    public KeyDate {
        Objects.requireNonNull(date, "date");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a key date needs a label");
        }
        label = label.strip();
    }
}
