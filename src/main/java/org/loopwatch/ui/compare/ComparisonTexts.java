package org.loopwatch.ui.compare;

import org.loopwatch.domain.ComparisonText;
import org.loopwatch.domain.GroupComparison;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;

/**
 * A comparison as the screen writes it, every number through {@link RateFormat} and
 * {@link ComparisonText}, in the interface language.
 *
 * @param positivityA e.g. "1.6 %" or "no tests"
 * @param intervalA   e.g. "95 % CI 1.2–2.2 %"; empty without tests
 * @param countsA     e.g. "39 / 2,415"
 * @param ratio       e.g. "3.0 (95 % CI 1.7–5.3)", or "not defined: …" saying why there is none
 * @param difference  e.g. "+1.6 percentage points (95 % CI −0.62 to +2.2)"
 * @param pValue      e.g. "0.11" or "&lt; 0.001"
 * @param reading     the sentence naming stage and period
 * @param clipboard   what Copy result puts on the clipboard: the sentence, the figures, the methods
 */
record ComparisonTexts(String positivityA, String intervalA, String countsA, String positivityB, String intervalB,
                       String countsB, String ratio, String difference, String pValue, String reading,
                       String clipboard) {

    static ComparisonTexts of(GroupComparison comparison) {
        return new ComparisonTexts(RateFormat.positivity(comparison.a()), interval(comparison.a()),
                RateFormat.counts(comparison.a().counts()), RateFormat.positivity(comparison.b()),
                interval(comparison.b()), RateFormat.counts(comparison.b().counts()),
                ComparisonText.ratio(comparison), ComparisonText.difference(comparison),
                ComparisonText.pValue(comparison), ComparisonText.reading(comparison),
                ComparisonText.forClipboard(comparison));
    }

    private static String interval(RateEstimate estimate) {
        return estimate.hasNoTests() ? "" : RateFormat.interval(estimate);
    }
}
