package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Raises an alert for a day whose positives its recent baseline does not explain (SPEC §2
 * Exceedance flag; docs/decisions/0017-alert-baseline-and-rules.md).
 *
 * <p>The baseline of a day is the same group and stage over the {@value #BASELINE_DAYS} days before
 * it. It counts only with at least {@value #MIN_BASELINE_DAYS} reported days (rows, also rows with
 * 0 tests); with fewer there is "no baseline yet" and no statistical alert. Its positivity is taken
 * with the Jeffreys half-count, p0 = (x0 + ½) ÷ (n0 + 1): a baseline without positives gives a
 * small p0, not 0, so two positives on a large day are not an alert just because the last weeks
 * had none. A day with x positives in n tests is then flagged when x reaches the rule's minimum
 * and P(X ≥ x | n, p0) is below the rule's α (see {@link AlertRule}, which also has the optional
 * absolute threshold).
 *
 * <p>Tokyo 2020 shows why: 16 July 2021 (0 of 2,290) was the only day before 17 July (3 of 3,487);
 * with p0 = 0 any two positives were an "exceedance" on the second day of data.
 *
 * <p>{@link BinomialDistribution} takes {@code int} trials. A single cell beyond two billion tests
 * cannot happen in practice (validation caps a cell at 10 million); should it, the normal
 * approximation with continuity correction is used, which at that size is exact to the digits
 * that matter for the thresholds.
 */
public final class ExceedanceDetector {

    /** Length of the baseline in days, ending the day before the checked day. */
    public static final int BASELINE_DAYS = 14;
    /** Fewest reported days in the baseline for the binomial test. */
    public static final int MIN_BASELINE_DAYS = 7;
    /** Default one-sided p-value below which a day is flagged ({@link AlertRule#DEFAULT}). */
    public static final double THRESHOLD = AlertRule.DEFAULT.alpha();
    /** Default fewest positives that can raise a flag ({@link AlertRule#DEFAULT}). */
    public static final long MIN_POSITIVES = AlertRule.DEFAULT.minPositives();

    private ExceedanceDetector() {
    }

    /**
     * Judges one day's counts against a baseline by a rule; pure arithmetic, no dates involved.
     *
     * @param baselineDays how many of the {@value #BASELINE_DAYS} baseline days were reported
     */
    public static Exceedance check(ResultKey cell, Counts day, Counts baseline, int baselineDays, AlertRule rule) {
        OptionalDouble p0 = OptionalDouble.empty();
        OptionalDouble pValue = OptionalDouble.empty();
        Set<AlertReason> reasons = EnumSet.noneOf(AlertReason.class);
        boolean enoughPositives = day.positives() >= rule.minPositives();
        if (baselineDays >= MIN_BASELINE_DAYS) {
            double baselineRate = (baseline.positives() + 0.5) / (baseline.tests() + 1.0);
            double tail = upperTail(day.tests(), day.positives(), baselineRate);
            p0 = OptionalDouble.of(baselineRate);
            pValue = OptionalDouble.of(tail);
            if (enoughPositives && tail < rule.alpha()) {
                reasons.add(AlertReason.UNUSUAL_FOR_BASELINE);
            }
        }
        if (enoughPositives && rule.absoluteThreshold().isPresent() && !day.hasNoTests()
                && (double) day.positives() / day.tests() > rule.absoluteThreshold().getAsDouble()) {
            reasons.add(AlertReason.ABOVE_THRESHOLD);
        }
        return new Exceedance(cell, day, baseline, baselineDays, rule, p0, pValue, reasons);
    }

    /** As {@link #check(ResultIndex, LocalDate, long, Stage, AlertRule)} with {@link AlertRule#DEFAULT}. */
    public static Optional<Exceedance> check(ResultIndex index, LocalDate date, long groupId, Stage stage) {
        return check(index, date, groupId, stage, AlertRule.DEFAULT);
    }

    /**
     * Checks one reported cell against the {@value #BASELINE_DAYS} days before it; empty when the
     * cell has no row that day (nothing to judge).
     */
    public static Optional<Exceedance> check(ResultIndex index, LocalDate date, long groupId, Stage stage,
                                             AlertRule rule) {
        Optional<Counts> day = index.cell(date, groupId, stage);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = date.minusDays(BASELINE_DAYS);
        CellRange before = CellRange.of(index, groupId, stage, first, date.minusDays(1));
        int reported = before.reportedDays();
        Counts baseline = before.sum();
        return Optional.of(check(new ResultKey(date, groupId, stage), day.get(), baseline, reported, rule));
    }

    /** The dates from {@code from} to {@code to} inclusive on which the cell is flagged by the default rule. */
    public static List<LocalDate> flaggedDates(ResultIndex index, long groupId, Stage stage,
                                               LocalDate from, LocalDate to) {
        return alerts(index, groupId, stage, from, to, AlertRule.DEFAULT).stream()
                .map(alert -> alert.cell().date()).toList();
    }

    /** The flagged days of one cell from {@code from} to {@code to} inclusive, in date order. */
    public static List<Exceedance> alerts(ResultIndex index, long groupId, Stage stage, LocalDate from,
                                          LocalDate to, AlertRule rule) {
        List<Exceedance> alerts = new ArrayList<>();
        // Most days have fewer positives than can ever raise a flag: only the others are judged.
        for (long day : CellRange.of(index, groupId, stage, from, to).daysWithPositives(rule.minPositives())) {
            judge(index, LocalDate.ofEpochDay(day), groupId, stage, rule, alerts);
        }
        return alerts;
    }

    /*
     * A day that can be flagged, judged; added when flagged. A method of its own so that the loops
     * above it stay short: C1 compiles a method called thousands of times long before it compiles a
     * loop of one call (decision 0081).
     */
    private static void judge(ResultIndex index, LocalDate date, long groupId, Stage stage, AlertRule rule,
                              List<Exceedance> alerts) {
        check(index, date, groupId, stage, rule).filter(Exceedance::flagged).ifPresent(alerts::add);
    }

    /** As {@link #flaggedCells(ResultIndex, LocalDate, Selection, AlertRules)} with the default rules. */
    public static List<ResultKey> flaggedCells(ResultIndex index, LocalDate date, Selection selection) {
        return flaggedCells(index, date, selection, AlertRules.DEFAULTS);
    }

    /**
     * The (date, group, stage) cells of a selection flagged on {@code date}, e.g. for the badge of
     * a rollup's tile. Each cell is judged on its own by its own rule: summing arrival and in-loop
     * cells into one binomial would mix positivities a hundred times apart.
     */
    public static List<ResultKey> flaggedCells(ResultIndex index, LocalDate date, Selection selection,
                                               AlertRules rules) {
        return alertsOn(index, date, selection, rules).stream().map(Exceedance::cell).toList();
    }

    /** The flagged cells of a selection on {@code date} with why; by group id, then stage. */
    public static List<Exceedance> alertsOn(ResultIndex index, LocalDate date, Selection selection, AlertRules rules) {
        List<Exceedance> alerts = new ArrayList<>();
        for (long groupId : selection.groupIds().stream().sorted().toList()) {
            for (Stage stage : selection.orderedStages()) {
                AlertRule rule = rules.ruleFor(groupId, stage);
                // Most days have fewer positives than can ever raise a flag: skip their baseline.
                boolean canFlag = index.cell(date, groupId, stage).map(day -> day.positives() >= rule.minPositives())
                        .orElse(false);
                if (canFlag) {
                    check(index, date, groupId, stage, rule).filter(Exceedance::flagged).ifPresent(alerts::add);
                }
            }
        }
        return alerts;
    }

    /** Every reported cell of a selection on {@code date}, judged, flagged or not; by group id, then stage. */
    public static List<Exceedance> checks(ResultIndex index, LocalDate date, Selection selection, AlertRules rules) {
        List<Exceedance> checks = new ArrayList<>();
        for (long groupId : selection.groupIds().stream().sorted().toList()) {
            for (Stage stage : selection.orderedStages()) {
                check(index, date, groupId, stage, rules.ruleFor(groupId, stage)).ifPresent(checks::add);
            }
        }
        return checks;
    }

    /** P(X ≥ x) for X ~ Binomial(n, p0). */
    static double upperTail(long n, long x, double p0) {
        if (x <= 0) {
            return 1;
        }
        if (x > n) {
            return 0;
        }
        if (n <= Integer.MAX_VALUE) {
            return BinomialDistribution.of((int) n, p0).survivalProbability((int) (x - 1));
        }
        double mean = n * p0;
        double sd = Math.sqrt(n * p0 * (1 - p0));
        return NormalDistribution.of(mean, sd).survivalProbability(x - 0.5);
    }
}
