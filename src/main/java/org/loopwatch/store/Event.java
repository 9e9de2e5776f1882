package org.loopwatch.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The event the database is about, e.g. "Beijing 2022", with its closed loop's first day and,
 * once known, its last.
 */
public record Event(String name, LocalDate loopStart, Optional<LocalDate> loopEnd) {

    public Event {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an event needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(loopStart, "loopStart");
        Objects.requireNonNull(loopEnd, "loopEnd");
        if (loopEnd.isPresent() && loopEnd.get().isBefore(loopStart)) {
            throw new IllegalArgumentException("the loop ends (" + loopEnd.get() + ") before it starts (" + loopStart + ")");
        }
    }
}
