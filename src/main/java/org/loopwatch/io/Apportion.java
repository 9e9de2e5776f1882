package org.loopwatch.io;

/**
 * Splits a whole number into whole parts proportional to weights, summing exactly to the total
 * (largest-remainder method; ties go to the earlier part, so the result is deterministic).
 */
final class Apportion {

    private Apportion() {
    }

    /**
     * @param total   0 or more
     * @param weights 0 or more each, not all 0 unless total is 0
     * @return parts, each within 1 of {@code total × weight ÷ Σ weights}, summing to {@code total};
     *         a part never exceeds its weight when {@code total ≤ Σ weights}
     */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            sum += weight;
        }
        long[] parts = new long[weights.length];
        if (total == 0) {
            return parts;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("cannot split " + total + " over zero weights");
        }
        long given = 0;
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double quota = (double) total * weights[i] / sum;
            parts[i] = (long) Math.floor(quota);
            remainders[i] = quota - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = 0;
        }
        return parts;
    }
}
