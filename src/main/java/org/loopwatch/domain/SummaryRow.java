package org.loopwatch.domain;

/**
 * One line of the command-line summary.
 *
 * @param group    a group name, or {@value SummaryCalculator#ALL_GROUPS} for all groups together
 * @param stage    "arrival", "in_loop" or {@value SummaryCalculator#ALL_STAGES} for both together
 * @param counts   summed tests and positives
 * @param estimate positivity with interval; "no tests" when tests is 0
 */
public record SummaryRow(String group, String stage, Counts counts, RateEstimate estimate) {
}
