package org.loopwatch.ui.compare;

import org.loopwatch.domain.GroupComparison;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;

/**
 * A comparison as the screen writes it, every number through {@link RateFormat}.
 *
 * @param positivityA e.g. "1.6 %" or "no tests"
 * @param intervalA   e.g. "95 % CI 1.2–2.2 %"; empty without tests
 * @param countsA     e.g. "39 / 2,415"
 * @param ratio       e.g. "1.8", or why there is none
 * @param difference  e.g. "+1.6 percentage points"
 * @param pValue      e.g. "0.11" or "< 0.001"; a dash without tests
 * @param reading     one sentence saying what the numbers mean
 */
record ComparisonTexts(String positivityA, String intervalA, String countsA, String positivityB, String intervalB,
                       String countsB, String ratio, String difference, String pValue, String reading) {

    static final String NONE = "—";

    static ComparisonTexts of(GroupComparison comparison) {
        String ratio;
        if (comparison.rateRatio().isPresent()) {
            ratio = RateFormat.ratio(comparison.rateRatio().getAsDouble());
        } else if (comparison.a().hasNoTests() || comparison.b().hasNoTests()) {
            ratio = NONE;
        } else {
            ratio = "not defined: " + comparison.nameB() + " has no positives";
        }
        String difference = comparison.difference().isPresent()
                ? RateFormat.percentagePoints(comparison.difference().getAsDouble()) : NONE;
        String p = comparison.pValue().isPresent() ? RateFormat.pValue(comparison.pValue().getAsDouble()) : NONE;
        return new ComparisonTexts(RateFormat.positivity(comparison.a()), interval(comparison.a()),
                RateFormat.counts(comparison.a().counts()), RateFormat.positivity(comparison.b()),
                interval(comparison.b()), RateFormat.counts(comparison.b().counts()), ratio, difference, p,
                comparison.reading());
    }

    private static String interval(RateEstimate estimate) {
        return estimate.hasNoTests() ? "" : RateFormat.interval(estimate);
    }
}
