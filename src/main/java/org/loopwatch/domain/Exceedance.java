package org.loopwatch.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The outcome of checking one day of one group/stage against its baseline and its rule; what an
 * alert says about itself (x, n, baseline days and positivity, probability). Worded by
 * {@link AlertText}.
 *
 * @param cell         the day, group and stage checked
 * @param day          the day's tests and positives (x of n)
 * @param baseline     tests and positives summed over the 14 days before the day (x0 of n0)
 * @param baselineDays how many of those 14 days were reported (had a row)
 * @param rule         the rule the day was judged by
 * @param p0           baseline positivity with the Jeffreys half-count, (x0 + ½) ÷ (n0 + 1);
 *                     empty when there is no baseline yet (fewer than
 *                     {@link ExceedanceDetector#MIN_BASELINE_DAYS} reported days)
 * @param pValue       one-sided P(X ≥ x | n, p0); empty without a baseline
 * @param reasons      why the day raised an alert; empty when it did not
 */
public record Exceedance(ResultKey cell, Counts day, Counts baseline, int baselineDays, AlertRule rule,
                         OptionalDouble p0, OptionalDouble pValue, Set<AlertReason> reasons) {

    public Exceedance {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(p0, "p0");
        Objects.requireNonNull(pValue, "pValue");
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** True when the day raised an alert, for either reason. */
    public boolean flagged() {
        return !reasons.isEmpty();
    }

    /** True when the baseline had too few reported days for the binomial test ("no baseline yet"). */
    public boolean hasNoBaseline() {
        return p0.isEmpty();
    }

    /** The baseline's plain ratio x0 ÷ n0 (what a person compares with); empty when it has no tests. */
    public OptionalDouble baselinePositivity() {
        return baseline.hasNoTests() ? OptionalDouble.empty()
                : OptionalDouble.of((double) baseline.positives() / baseline.tests());
    }

    /** The day's positivity x ÷ n; empty when the day has no tests. */
    public OptionalDouble dayPositivity() {
        return day.hasNoTests() ? OptionalDouble.empty() : OptionalDouble.of((double) day.positives() / day.tests());
    }
}
