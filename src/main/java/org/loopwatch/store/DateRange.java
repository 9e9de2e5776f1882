package org.loopwatch.store;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days, {@code first ≤ last}. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + " – " + last);
        }
    }
}
