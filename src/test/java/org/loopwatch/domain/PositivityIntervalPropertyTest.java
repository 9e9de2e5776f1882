package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of a positivity's interval (issue 16), for every method and level, on any counts from
 * 1 test to beyond {@code int} (where {@link LargeSampleWilson} takes over): it holds the estimate,
 * it is pinned at 0 with no positives and at 1 when every test was positive, and a higher level
 * holds a lower one. {@link PositivityCalculatorTest} checks the reference values; the comparison
 * intervals have their own laws in {@link ComparisonIntervalLawsTest}.
 */
class PositivityIntervalPropertyTest {

    @Provide
    Arbitrary<Counts> counts() {
        Arbitrary<Long> tests = Arbitraries.oneOf(Arbitraries.longs().between(1, 60),
                Arbitraries.longs().between(1, 2_000_000),
                Arbitraries.longs().between(Integer.MAX_VALUE - 5L, 50_000_000_000L));
        // Shares that hit the edges (none, one, all but one, all) as often as the middle.
        return Combinators.combine(tests, Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1))
                .as((n, edge, share) -> new Counts(n, switch (edge) {
                    case 0 -> 0;
                    case 1 -> Math.min(1, n);
                    case 2 -> n - 1;
                    case 3 -> n;
                    default -> (long) Math.floor(n * share);
                }));
    }

    @Property(tries = 400, seed = "160035")
    void theIntervalHoldsTheEstimateIsPinnedAtTheEdgesAndNestsByLevel(@ForAll("counts") Counts counts,
                                                                      @ForAll IntervalMethod method) {
        Interval previous = null;
        for (ConfidenceLevel level : ConfidenceLevel.CHOICES) {
            RateEstimate estimate = PositivityCalculator.estimate(counts, method, level);
            double positivity = estimate.positivity().orElseThrow();
            Interval interval = estimate.interval().orElseThrow();
            String where = counts + " " + method + " " + level;
            assertThat(positivity).as(where).isEqualTo((double) counts.positives() / counts.tests());
            assertThat(interval.lower()).as(where).isLessThanOrEqualTo(positivity);
            assertThat(interval.upper()).as(where).isGreaterThanOrEqualTo(positivity);
            if (counts.positives() == 0) {
                assertThat(interval.lower()).as(where).isZero();
            }
            if (counts.positives() == counts.tests()) {
                assertThat(interval.upper()).as(where).isEqualTo(1.0);
            }
            if (previous != null) {
                assertThat(interval.lower()).as(where + " holds the lower level's").isLessThanOrEqualTo(previous.lower());
                assertThat(interval.upper()).as(where + " holds the lower level's").isGreaterThanOrEqualTo(previous.upper());
            }
            previous = interval;
        }
    }
}
