package org.loopwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-frame benchmark's paired ratio: each round against the reference's same round. */
class StartupHarnessTest {

    @Test
    void aSlowRoundSlowsBothCasesAndLeavesThePairedRatioWhereTheRatioOfMediansIsNot() {
        // Rounds 3 and 4 ran in a busy minute: both cases took twice as long.
        List<StartupHarness.Sample> bare = samples(500, 500, 1000, 1000, 500);
        List<StartupHarness.Sample> app = samples(550, 560, 1100, 1120, 570);

        StartupHarness.Spread paired = StartupHarness.pairedRatios(app, bare);

        // Ratios 1.10, 1.12, 1.10, 1.12, 1.14: median 1.12, quartiles (type 7) 1.10 and 1.12.
        assertThat(paired.median()).isCloseTo(1.12, within(1e-9));
        assertThat(paired.lowerQuartile()).isCloseTo(1.10, within(1e-9));
        assertThat(paired.upperQuartile()).isCloseTo(1.12, within(1e-9));
        // The ratio of the medians (570 / 500) moves with where the busy rounds fell.
        assertThat(570.0 / 500).isNotCloseTo(paired.median(), within(0.01));
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        List<StartupHarness.Sample> reference = samples(100, 100, 100, 100);
        List<StartupHarness.Sample> measured = samples(100, 120, 140, 200);

        StartupHarness.Spread paired = StartupHarness.pairedRatios(measured, reference);

        assertThat(paired.median()).isCloseTo(1.30, within(1e-9));
        assertThat(paired.lowerQuartile()).isCloseTo(1.15, within(1e-9));
        assertThat(paired.upperQuartile()).isCloseTo(1.55, within(1e-9));
    }

    private static List<StartupHarness.Sample> samples(double... millis) {
        return java.util.Arrays.stream(millis).mapToObj(m -> new StartupHarness.Sample(m, 0, 0)).toList();
    }
}
