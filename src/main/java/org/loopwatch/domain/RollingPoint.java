package org.loopwatch.domain;

import java.time.LocalDate;

/**
 * Rolling positivity for the window that ends on {@code date}.
 *
 * @param date       last day of the window (inclusive)
 * @param estimate   ratio of sums over the window; "no tests" when the window holds no tests
 * @param incomplete true when any selected (group, stage) cell lacks a row on any day of the
 *                   window, so the figure may change once the missing rows arrive
 */
public record RollingPoint(LocalDate date, RateEstimate estimate, boolean incomplete) {
}
