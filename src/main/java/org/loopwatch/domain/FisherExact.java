package org.loopwatch.domain;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Two-sided Fisher exact p-value for two groups' positives and negatives.
 *
 * <p>Apache Commons Statistics takes an {@code int[][]} table whose grand total must not exceed
 * {@link Integer#MAX_VALUE}. Event totals stay far below that; beyond it (years of summed data in
 * a stress test) the test conditions on the total positives K exactly as Fisher's does, but the
 * hypergeometric law of A's share of K is replaced by Binomial(K, nA ÷ (nA + nB)), which it
 * approaches when K is tiny next to more than two billion tests. The two-sided p-value then sums
 * the probabilities no larger than the observed one, as Fisher's test does. When K itself exceeds
 * a million, the normal approximation to that binomial is used, exact to the digits shown.
 */
final class FisherExact {

    private static final FisherExactTest TEST = FisherExactTest.withDefaults();
    private static final long MAX_EXACT_POSITIVES = 1_000_000;
    /** Relative tolerance for "as likely as the observed table", as R and Commons use. */
    private static final double TIES = 1 + 1e-7;

    private FisherExact() {
    }

    /** Two-sided p-value; both counts must have tests. */
    static double twoSidedP(Counts a, Counts b) {
        long total = a.tests() + b.tests();
        if (total <= Integer.MAX_VALUE) {
            int[][] table = {
                {(int) a.positives(), (int) (a.tests() - a.positives())},
                {(int) b.positives(), (int) (b.tests() - b.positives())},
            };
            return TEST.test(table).getPValue();
        }
        long positives = a.positives() + b.positives();
        double share = (double) a.tests() / total;
        if (positives == 0) {
            return 1;
        }
        if (positives <= MAX_EXACT_POSITIVES) {
            return binomialTwoSided((int) positives, share, (int) a.positives());
        }
        return normalTwoSided(positives, share, a.positives());
    }

    private static double binomialTwoSided(int trials, double share, int observed) {
        BinomialDistribution law = BinomialDistribution.of(trials, share);
        double limit = law.probability(observed) * TIES;
        double p = 0;
        for (int k = 0; k <= trials; k++) {
            double probability = law.probability(k);
            if (probability <= limit) {
                p += probability;
            }
        }
        return Math.min(1, p);
    }

    private static double normalTwoSided(long trials, double share, long observed) {
        double mean = trials * share;
        double sd = Math.sqrt(trials * share * (1 - share));
        if (sd == 0) {
            return observed == Math.round(mean) ? 1 : 0;
        }
        double z = Math.abs(observed - mean) / sd;
        return Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(z));
    }
}
