package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Flags a day whose positives are more than its recent baseline explains.
 *
 * <p>A day with x positives in n tests is flagged when x ≥ 2 and the one-sided binomial
 * P(X ≥ x | n, p0) &lt; 0.01, where p0 is the ratio of sums over the 14 days before the day. Days
 * missing from the baseline simply add nothing; without any baseline test there is no flag.
 *
 * <p>When p0 is 0 (no positive among the baseline tests) and x ≥ 2, P(X ≥ x) is 0 and the day
 * <em>is</em> flagged: positives appearing where the last two weeks had none is exactly what the
 * team must see. The x ≥ 2 rule keeps a single positive from raising the flag.
 *
 * <p>{@link BinomialDistribution} takes {@code int} trials. A single cell beyond two billion tests
 * cannot happen in practice (validation caps a cell at 10 million); should it, the normal
 * approximation with continuity correction is used, which at that size is exact to the digits
 * that matter for a 0.01 threshold.
 */
public final class ExceedanceDetector {

    /** Length of the baseline in days, ending the day before the checked day. */
    public static final int BASELINE_DAYS = 14;
    /** One-sided p-value below which a day is flagged. */
    public static final double THRESHOLD = 0.01;
    /** Fewest positives that can raise a flag. */
    public static final long MIN_POSITIVES = 2;

    private ExceedanceDetector() {
    }

    /** Checks one day's counts against a baseline; pure arithmetic, no dates involved. */
    public static Exceedance check(Counts day, Counts baseline) {
        if (baseline.hasNoTests()) {
            return new Exceedance(day, baseline, OptionalDouble.empty(), OptionalDouble.empty(), false);
        }
        double p0 = (double) baseline.positives() / baseline.tests();
        double pValue = upperTail(day.tests(), day.positives(), p0);
        boolean flagged = day.positives() >= MIN_POSITIVES && pValue < THRESHOLD;
        return new Exceedance(day, baseline, OptionalDouble.of(p0), OptionalDouble.of(pValue), flagged);
    }

    /**
     * Checks one reported cell against the 14 days before it; empty when the cell has no row that
     * day (nothing to judge).
     */
    public static Optional<Exceedance> check(ResultIndex index, LocalDate date, long groupId, Stage stage) {
        Optional<Counts> day = index.cell(date, groupId, stage);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        Counts baseline = index.sum(Selection.ofCell(groupId, stage),
                date.minusDays(BASELINE_DAYS), date.minusDays(1));
        return Optional.of(check(day.get(), baseline));
    }

    /** The dates from {@code from} to {@code to} inclusive on which the cell is flagged, in order. */
    public static List<LocalDate> flaggedDates(ResultIndex index, long groupId, Stage stage,
                                               LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            // Most days have fewer positives than can ever raise a flag: skip their binomial.
            boolean canFlag = index.cell(date, groupId, stage).map(day -> day.positives() >= MIN_POSITIVES)
                    .orElse(false);
            if (canFlag && check(index, date, groupId, stage).map(Exceedance::flagged).orElse(false)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /**
     * The (date, group, stage) cells of a selection flagged on {@code date}, e.g. for the badge of
     * a rollup's tile. Each cell is judged on its own: summing arrival and in-loop cells into one
     * binomial would mix positivities a hundred times apart.
     */
    public static List<ResultKey> flaggedCells(ResultIndex index, LocalDate date, Selection selection) {
        List<ResultKey> flagged = new ArrayList<>();
        for (long groupId : selection.groupIds().stream().sorted().toList()) {
            for (Stage stage : selection.orderedStages()) {
                if (check(index, date, groupId, stage).map(Exceedance::flagged).orElse(false)) {
                    flagged.add(new ResultKey(date, groupId, stage));
                }
            }
        }
        return flagged;
    }

    /** P(X ≥ x) for X ~ Binomial(n, p0). */
    static double upperTail(long n, long x, double p0) {
        if (x <= 0) {
            return 1;
        }
        if (n <= Integer.MAX_VALUE) {
            return BinomialDistribution.of((int) n, p0).survivalProbability((int) (x - 1));
        }
        if (p0 == 0) {
            return 0;
        }
        if (p0 == 1) {
            return 1;
        }
        double mean = n * p0;
        double sd = Math.sqrt(n * p0 * (1 - p0));
        return NormalDistribution.of(mean, sd).survivalProbability(x - 0.5);
    }
}
