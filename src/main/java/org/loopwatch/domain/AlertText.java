package org.loopwatch.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
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
        return twoSignificantDigits(p).toPlainString();
    }

    /*
     * p rounded half up to two significant digits, as its exact binary value rounds. new BigDecimal(p)
     * writes that value out in full (50 and more digits) and was a quarter of the time the ten-year
     * briefing spends explaining its 2,266 alerts. The shortest decimal that reads back as p
     * (Double.toString) rounds the same way, except when it is itself a tie at the third digit
     * (0.0125): no other number of three significant digits lies as close to p as that decimal does,
     * so the exact value and it can only fall on different sides of a tie that it is. Only then is
     * the exact value written out.
     */
    static BigDecimal twoSignificantDigits(double p) {
        BigDecimal shortest = BigDecimal.valueOf(p).stripTrailingZeros();
        boolean tie = shortest.precision() == 3 && shortest.unscaledValue().abs().mod(BigInteger.TEN).intValue() == 5;
        return (tie ? new BigDecimal(p) : shortest).round(new MathContext(2)).stripTrailingZeros();
    }

    /** A rule's number as typed: 0.01 → "0.01", 1.0E-4 → "0.0001". */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
