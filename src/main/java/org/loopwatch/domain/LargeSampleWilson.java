package org.loopwatch.domain;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Wilson score interval on {@code long} counts, for samples larger than the {@code int}
 * range of Apache Commons Statistics. At such sizes Wilson, Clopper–Pearson and Jeffreys
 * coincide to many more digits than any display shows.
 */
final class LargeSampleWilson {

    private LargeSampleWilson() {
    }

    static double[] bounds(long tests, long positives, double alpha) {
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha / 2);
        double n = tests;
        double p = positives / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new double[] {centre - halfWidth, centre + halfWidth};
    }
}
