package org.loopwatch.domain;

/**
 * Tests and positives summed over some cells. Sums are {@code long}: an event-wide total runs to
 * millions of tests, and summing years of data must never overflow.
 *
 * @param tests     number of tests, at least 0
 * @param positives number of positive tests, between 0 and {@code tests}
 */
public record Counts(long tests, long positives) {

    public static final Counts ZERO = new Counts(0, 0);

    public Counts {
        if (tests < 0 || positives < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + positives + " / " + tests);
        }
        if (positives > tests) {
            throw new IllegalArgumentException("positives exceed tests: " + positives + " / " + tests);
        }
    }

    public Counts plus(Counts other) {
        return new Counts(Math.addExact(tests, other.tests), Math.addExact(positives, other.positives));
    }

    public Counts plus(long moreTests, long morePositives) {
        return new Counts(Math.addExact(tests, moreTests), Math.addExact(positives, morePositives));
    }

    /** True when no test was done, so no positivity exists (it is "no tests", never 0 %). */
    public boolean hasNoTests() {
        return tests == 0;
    }
}
