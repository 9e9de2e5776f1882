package org.loopwatch.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.text.Texts;

/**
 * The words of an {@link Exceedance}, the same on tiles, in the briefing and on the command line:
 * "Media, In-loop, 22 Jan: 8 positives in 1,000 tests (0.80 %); baseline 14 of 14,000 on 14 of the
 * 14 days before (0.10 %, with the half-count 0.10 %); P(X ≥ 8) = 0.000013, below α 0.01".
 */
public final class AlertText {

    private static final Texts TEXT = Texts.of(AlertText.class);
    private static final double SMALLEST_SHOWN = 1e-6;

    private AlertText() {
    }

    /** The whole explanation of a checked day, alert or not, naming the group as given. */
    public static String explain(Exceedance check, String groupName) {
        List<String> parts = new ArrayList<>();
        parts.add(TEXT.format("alert.head", groupName, StageScope.of(check.cell().stage()).shortLabel(),
                SummaryText.day(check.cell().date()), RateFormat.count(check.day().positives()),
                RateFormat.count(check.day().tests()), check.dayPositivity().isPresent()
                        ? RateFormat.percent(check.dayPositivity().getAsDouble()) : RateFormat.noTests()));
        parts.add(baseline(check));
        if (check.pValue().isPresent()) {
            parts.add(TEXT.format(check.reasons().contains(AlertReason.UNUSUAL_FOR_BASELINE)
                            ? "alert.probabilityBelow" : "alert.probabilityAbove",
                    RateFormat.count(check.day().positives()), probability(check.pValue().getAsDouble()),
                    number(check.rule().alpha())));
        }
        if (check.reasons().contains(AlertReason.ABOVE_THRESHOLD)) {
            parts.add(TEXT.format("alert.threshold", RateFormat.percent(check.rule().absoluteThreshold().getAsDouble())));
        }
        return String.join(TEXT.get("alert.separator"), parts);
    }

    /**
     * The baseline part: "baseline 14 of 14,000 on 14 of the 14 days before (0.10 %, with the
     * half-count 0.10 %)", or "no baseline yet (3 of the 14 days before reported, 7 needed)".
     */
    public static String baseline(Exceedance check) {
        if (check.hasNoBaseline()) {
            return noBaseline(check.baselineDays());
        }
        String plain = check.baselinePositivity().isPresent()
                ? RateFormat.percent(check.baselinePositivity().getAsDouble()) : RateFormat.noTests();
        return TEXT.format("alert.baseline", RateFormat.count(check.baseline().positives()),
                RateFormat.count(check.baseline().tests()), Integer.toString(check.baselineDays()),
                Integer.toString(ExceedanceDetector.BASELINE_DAYS), plain, RateFormat.percent(check.p0().getAsDouble()));
    }

    /** "no baseline yet (3 of the 14 days before reported, 7 needed)". */
    public static String noBaseline(int reportedDays) {
        return TEXT.format("alert.noBaseline", Integer.toString(reportedDays),
                Integer.toString(ExceedanceDetector.BASELINE_DAYS), Integer.toString(ExceedanceDetector.MIN_BASELINE_DAYS));
    }

    /** A tail probability to two significant digits, written out: "0.042", "0.000013", "< 0.000001". */
    public static String probability(double p) {
        if (p < SMALLEST_SHOWN) {
            return TEXT.format("alert.probabilityTiny", number(SMALLEST_SHOWN));
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** A rule's number as typed: 0.01 → "0.01", 1.0E-4 → "0.0001". */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
