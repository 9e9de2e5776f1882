package org.loopwatch.domain;

import java.time.LocalDate;

/**
 * Cumulative positivity from the loop start up to and including {@code date}.
 *
 * @param estimate ratio of sums since the loop start; "no tests" when none were done yet
 */
public record CumulativePoint(LocalDate date, RateEstimate estimate) {
}
