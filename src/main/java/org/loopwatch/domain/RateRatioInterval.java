package org.loopwatch.domain;

import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The ratio of two positivities with Katz's log-method confidence interval (Katz, Baptista, Azen
 * and Pike 1978, Biometrics 34:469–474): the ratio RR = (x₁/n₁) ÷ (x₂/n₂) is taken as
 * log-normal with standard error SE(ln RR) = √(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂), so the bounds are
 * exp(ln RR ∓ z·SE) with z the two-sided normal quantile of the level.
 *
 * <p>The method needs positives on both sides: with x₁ = 0 the estimate is 0 and its logarithm does
 * not exist, with x₂ = 0 the ratio is infinite. There is then no ratio, never "0.0" or "∞"
 * (SPEC §2). No continuity correction is added: a corrected ratio would be a number the data do not
 * show, and the difference with its interval still compares the two.
 */
public final class RateRatioInterval {

    private RateRatioInterval() {
    }

    /**
     * The ratio of A's positivity to B's with its interval at {@code level}; empty when either has
     * no tests or no positives.
     */
    public static Optional<EffectEstimate> of(Counts a, Counts b, ConfidenceLevel level) {
        if (a.positives() == 0 || b.positives() == 0) {
            return Optional.empty();
        }
        double x1 = a.positives();
        double n1 = a.tests();
        double x2 = b.positives();
        double n2 = b.tests();
        double ratio = (x1 / n1) / (x2 / n2);
        double standardError = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(level.alpha() / 2);
        double logRatio = Math.log(ratio);
        double lower = Math.exp(logRatio - z * standardError);
        double upper = Math.exp(logRatio + z * standardError);
        // With every test positive on both sides SE is 0 and exp(log) may miss the ratio by an ulp.
        return Optional.of(new EffectEstimate(ratio, Math.min(lower, ratio), Math.max(upper, ratio), level));
    }
}
