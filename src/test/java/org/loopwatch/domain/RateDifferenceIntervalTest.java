package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Newcombe's hybrid score interval (Newcombe 1998, Statistics in Medicine 17:873–890, method 10):
 * from the Wilson intervals [l₁, u₁], [l₂, u₂] and d = p₁ − p₂,
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * The paper's Table II gives method 10 for its worked examples to four decimals; those reproduced here
 * are marked "Newcombe 1998"; the others are worked by hand.
 */
class RateDifferenceIntervalTest {

    private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

    private static EffectEstimate difference(long x1, long n1, long x2, long n2) {
        return RateDifferenceInterval.of(new Counts(n1, x1), new Counts(n2, x2), L95).orElseThrow();
    }

    @Test
    void reproducesNewcombesWorkedExamples() {
        // Newcombe 1998, Table II, method 10 (a) 56/70 − 48/80: 0.0524 to 0.3339.
        EffectEstimate a = difference(56, 70, 48, 80);
        assertThat(a.value()).isCloseTo(0.2, within(1e-12));
        assertThat(a.lower()).isCloseTo(0.0524, within(0.00005));
        assertThat(a.upper()).isCloseTo(0.3339, within(0.00005));
        // (b) 9/10 − 3/10: 0.1705 to 0.8090.
        EffectEstimate b = difference(9, 10, 3, 10);
        assertThat(b.lower()).isCloseTo(0.1705, within(0.00005));
        assertThat(b.upper()).isCloseTo(0.8090, within(0.00005));
        // (e) 0/10 − 0/20: −0.1611 to 0.2775; (f) 0/10 − 0/10: −0.2775 to 0.2775.
        EffectEstimate e = difference(0, 10, 0, 20);
        assertThat(e.lower()).isCloseTo(-0.1611, within(0.00005));
        assertThat(e.upper()).isCloseTo(0.2775, within(0.00005));
        EffectEstimate f = difference(0, 10, 0, 10);
        assertThat(f.lower()).isCloseTo(-0.2775, within(0.00005));
        assertThat(f.upper()).isCloseTo(0.2775, within(0.00005));
        // (g) 10/10 − 0/20: 0.6791 to 1; (h) 10/10 − 0/10: 0.6075 to 1.
        EffectEstimate g = difference(10, 10, 0, 20);
        assertThat(g.lower()).isCloseTo(0.6791, within(0.00005));
        assertThat(g.upper()).isEqualTo(1.0);
        EffectEstimate h = difference(10, 10, 0, 10);
        assertThat(h.lower()).isCloseTo(0.6075, within(0.00005));
        assertThat(h.upper()).isEqualTo(1.0);
    }

    @Test
    void theBeijingArrivalDifferenceIsPositiveButItsIntervalIncludesZero() {
        // 39/2,415 − 0/171: d = 0.0161491.
        // Wilson 39/2,415: 0.0118358–0.0219992; Wilson 0/171: 0–0.0219711.
        // lower = 0.0161491 − √((0.0161491 − 0.0118358)² + (0.0219711 − 0)²) = 0.0161491 − √(0.0000186 + 0.0004827)
        //       = 0.0161491 − 0.0223901 = −0.0062410.
        // upper = 0.0161491 + √((0.0219992 − 0.0161491)² + 0²) = 0.0161491 + 0.0058501 = 0.0219992.
        EffectEstimate d = difference(39, 2415, 0, 171);

        assertThat(d.value()).isCloseTo(39.0 / 2415, within(1e-12));
        assertThat(d.lower()).isCloseTo(-0.0062410, within(1e-6));
        assertThat(d.upper()).isCloseTo(0.0219992, within(1e-6));
        assertThat(d.includes(0)).isTrue();
    }

    @Test
    void aClearDifferenceHasAnIntervalAboveZero() {
        // 30/1,000 − 20/2,000: d = 0.02. Wilson 30/1,000: 0.0210937–0.0425034; Wilson 20/2,000: 0.0064828–0.0153959.
        // lower = 0.02 − √(0.0089063² + 0.0053959²) = 0.02 − 0.0104133 = 0.0095867.
        // upper = 0.02 + √((0.0425034 − 0.03)² + (0.01 − 0.0064828)²) = 0.02 + √(0.0125034² + 0.0035172²)
        //       = 0.02 + 0.0129887 = 0.0329887.
        EffectEstimate d = difference(30, 1000, 20, 2000);

        assertThat(d.lower()).isCloseTo(0.0095867, within(1e-6));
        assertThat(d.upper()).isCloseTo(0.0329887, within(1e-6));
        assertThat(d.includes(0)).isFalse();
    }

    @Test
    void aSideWithoutTestsHasNoDifference() {
        assertThat(RateDifferenceInterval.of(Counts.ZERO, new Counts(171, 0), L95)).isEmpty();
        assertThat(RateDifferenceInterval.of(new Counts(171, 0), Counts.ZERO, L95)).isEmpty();
    }
}
