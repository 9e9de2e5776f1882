package org.loopwatch.store;

import java.time.LocalDate;
import java.util.List;

/** A change touches a closed day and came without a reason; nothing was written. */
public final class ReasonRequiredException extends ChangeRefusedException {

    private final List<LocalDate> closedDates;

    ReasonRequiredException(String message, List<LocalDate> closedDates) {
        super(message);
        this.closedDates = List.copyOf(closedDates);
    }

    /** The closed days the change would touch, ascending. */
    public List<LocalDate> closedDates() {
        return closedDates;
    }
}
