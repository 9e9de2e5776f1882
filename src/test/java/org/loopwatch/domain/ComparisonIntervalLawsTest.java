package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws the ratio and difference intervals keep on any counts, from 0 of 1 to closed-loop sizes: each
 * holds its estimate, a wider level holds a narrower one, swapping A and B mirrors them, and the
 * difference stays within [−1, 1].
 */
class ComparisonIntervalLawsTest {

    private static final int CASES = 5_000;

    @Test
    void intervalsHoldTheirEstimateNestByLevelAndMirrorWhenTheSidesSwap() {
        Random random = new Random(20_220_204L);
        for (int i = 0; i < CASES; i++) {
            Counts a = counts(random);
            Counts b = counts(random);
            String where = a + " vs " + b;

            EffectEstimate d95 = RateDifferenceInterval.of(a, b, ConfidenceLevel.NINETY_FIVE).orElseThrow();
            EffectEstimate d99 = RateDifferenceInterval.of(a, b, ConfidenceLevel.NINETY_NINE).orElseThrow();
            EffectEstimate swapped = RateDifferenceInterval.of(b, a, ConfidenceLevel.NINETY_FIVE).orElseThrow();
            assertThat(d95.lower()).as(where).isBetween(-1.0, d95.value());
            assertThat(d95.upper()).as(where).isBetween(d95.value(), 1.0);
            assertThat(d99.lower()).as(where).isLessThanOrEqualTo(d95.lower());
            assertThat(d99.upper()).as(where).isGreaterThanOrEqualTo(d95.upper());
            assertThat(swapped.lower()).as(where).isCloseTo(-d95.upper(), within(1e-12));
            assertThat(swapped.upper()).as(where).isCloseTo(-d95.lower(), within(1e-12));

            Optional<EffectEstimate> r95 = RateRatioInterval.of(a, b, ConfidenceLevel.NINETY_FIVE);
            assertThat(r95.isPresent()).as(where).isEqualTo(a.positives() > 0 && b.positives() > 0);
            if (r95.isPresent()) {
                EffectEstimate r = r95.get();
                EffectEstimate r99 = RateRatioInterval.of(a, b, ConfidenceLevel.NINETY_NINE).orElseThrow();
                EffectEstimate inverse = RateRatioInterval.of(b, a, ConfidenceLevel.NINETY_FIVE).orElseThrow();
                assertThat(r.lower()).as(where).isPositive().isLessThanOrEqualTo(r.value());
                assertThat(r.upper()).as(where).isGreaterThanOrEqualTo(r.value());
                assertThat(r99.lower()).as(where).isLessThanOrEqualTo(r.lower());
                assertThat(r99.upper()).as(where).isGreaterThanOrEqualTo(r.upper());
                assertThat(inverse.lower() * r.upper()).as(where).isCloseTo(1.0, within(1e-9));
            }
        }
    }

    /** Small groups, zero and full positives, and in-loop sizes with tiny rates, all in one stream. */
    private static Counts counts(Random random) {
        long tests = switch (random.nextInt(3)) {
            case 0 -> 1 + random.nextInt(20);
            case 1 -> 1 + random.nextInt(3_000);
            default -> 1 + random.nextInt(400_000);
        };
        long positives = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> tests;
            case 2 -> random.nextLong(Math.min(tests, 40) + 1);
            default -> random.nextLong(tests + 1);
        };
        return new Counts(tests, positives);
    }
}
