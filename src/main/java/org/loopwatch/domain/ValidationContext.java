package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an entry is checked against.
 *
 * @param today       the local date today; later dates are refused
 * @param loopStart   the day the closed loop started, if set; earlier dates only warn
 * @param groups      the known groups, active or not
 * @param recentTests usual cell sizes, for the "too large to be true" warning; {@link RecentTests#NONE} for none
 */
public record ValidationContext(LocalDate today, Optional<LocalDate> loopStart, List<Group> groups,
                                RecentTests recentTests) {

    public ValidationContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(loopStart, "loopStart");
        groups = List.copyOf(groups);
        Objects.requireNonNull(recentTests, "recentTests");
    }

    /** A context with no loop start and no history. */
    public static ValidationContext of(LocalDate today, List<Group> groups) {
        return new ValidationContext(today, Optional.empty(), groups, RecentTests.NONE);
    }
}
