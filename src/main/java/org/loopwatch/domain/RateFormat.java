package org.loopwatch.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.loopwatch.domain.text.Texts;

/**
 * Text for rates and counts, the same on screen, in exports and on the command line. Digits follow
 * one convention whatever the machine's locale ("." for decimals, "," for thousands, an en dash
 * between interval bounds); the words and the spacing around "%" follow the interface language
 * ("2.8 %, 95 % CI" in English, "2.8%，95% 置信区间" in Chinese).
 *
 * <p>Adaptive precision keeps both 3 % and 0.01 % readable:
 * <ul>
 *   <li>exactly 0 → "0 %", exactly 1 → "100 %";</li>
 *   <li>≥ 1 % → one decimal ("2.8 %");</li>
 *   <li>0.1 % up to 1 % → two decimals ("0.25 %");</li>
 *   <li>below 0.1 % → three significant digits ("0.00981 %"); a positivity that small also gets
 *       "(9.81 per 100,000 tests)" because people grasp that better.</li>
 * </ul>
 *
 * <p>Interval bounds use the same rule each by its own magnitude and never the per-100,000
 * suffix, so a line reads "33 / 336,246 (0.00981 %, 95 % CI 0.00699–0.0138 %; 9.81 per 100,000
 * tests)": the rate and its bounds stay in one unit, and the friendlier figure comes last.
 */
public final class RateFormat {

    private static final Texts TEXT = Texts.of(RateFormat.class);

    private static final double ONE_PERCENT = 0.01;
    private static final double ONE_PER_THOUSAND = 0.001;

    private RateFormat() {
    }

    /** A count with thousands separators: 336246 → "336,246". */
    public static String count(long value) {
        // What String.format(Locale.ENGLISH, "%,d", value) writes, without parsing a format for each
        // of the thousands of counts a dashboard's tooltips and a briefing hold.
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
        grouped.append(digits, 0, start);
        int first = length % 3 == 0 ? 3 : length % 3;
        grouped.append(digits, start, start + first);
        for (int at = start + first; at < digits.length(); at += 3) {
            grouped.append(',').append(digits, at, at + 3);
        }
        return grouped.toString();
    }

    /** What is shown instead of a rate when the denominator is 0: "no tests". */
    public static String noTests() {
        return TEXT.get("rate.noTests");
    }

    /** "72 / 2,586". */
    public static String counts(Counts counts) {
        return TEXT.format("rate.counts", count(counts.positives()), count(counts.tests()));
    }

    /**
     * A fraction as a percentage with adaptive precision and no suffix, e.g. 0.02784 → "2.8 %",
     * 0.0000981 → "0.00981 %".
     *
     * @param fraction a proportion in [0, 1]
     */
    public static String percent(double fraction) {
        return TEXT.format("rate.percent", percentNumber(fraction));
    }

    /**
     * The positivity of an estimate: "2.8 %", "0.00981 % (9.81 per 100,000 tests)", or
     * "no tests" when tests is 0.
     */
    public static String positivity(RateEstimate estimate) {
        if (estimate.positivity().isEmpty()) {
            return noTests();
        }
        double rate = estimate.positivity().getAsDouble();
        String text = percent(rate);
        return isTiny(rate) ? TEXT.format("rate.tiny", text, perHundredThousand(rate)) : text;
    }

    /** "95 % CI 2.2–3.5 %"; "no tests" when tests is 0. */
    public static String interval(RateEstimate estimate) {
        if (estimate.interval().isEmpty()) {
            return noTests();
        }
        Interval interval = estimate.interval().get();
        return TEXT.format("rate.interval", Integer.toString(estimate.level().percent()), percentNumber(interval.lower()),
                percentNumber(interval.upper()));
    }

    /**
     * The full description: "72 / 2,586 (2.8 %, 95 % CI 2.2–3.5 %)", "0 / 171 (0 %, 95 % CI
     * 0–2.2 %)", "33 / 336,246 (0.00981 %, 95 % CI 0.00699–0.0138 %; 9.81 per 100,000 tests)", or
     * "0 / 0 (no tests)".
     */
    public static String describe(RateEstimate estimate) {
        String counts = counts(estimate.counts());
        if (estimate.positivity().isEmpty()) {
            return TEXT.format("rate.describedNoTests", counts, noTests());
        }
        double rate = estimate.positivity().getAsDouble();
        return isTiny(rate)
                ? TEXT.format("rate.describedTiny", counts, percent(rate), interval(estimate), perHundredThousand(rate))
                : TEXT.format("rate.described", counts, percent(rate), interval(estimate));
    }

    /** "9.81 per 100,000 tests", three significant digits. */
    public static String perHundredThousand(double fraction) {
        return TEXT.format("rate.perHundredThousand", significant(fraction * 100_000, 3));
    }

    /**
     * A p-value: two decimals from 0.1 ("0.11"), two significant digits below ("0.021"),
     * "< 0.001" below 0.001. Uses a third digit when two would put it on the other side of 0.05
     * (0.0496 reads "0.0496", not "0.050").
     */
    public static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        if (p >= 0.1) {
            return fixed(p, 2);
        }
        String text = significant(p, 2);
        if ((Double.parseDouble(text) < 0.05) != (p < 0.05)) {
            text = significant(p, 3);
        }
        return text;
    }

    /** A rate ratio to two significant digits at least, e.g. "1.8", "12", "0.45". */
    public static String ratio(double ratio) {
        return ratio >= 10 ? fixed(ratio, 0) : significant(ratio, 2);
    }

    /** A difference of fractions in percentage points with a sign, e.g. "+2.8 percentage points". */
    public static String percentagePoints(double difference) {
        String sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
        return TEXT.format("rate.percentagePoints", sign, percentNumber(Math.abs(difference)));
    }

    /**
     * A difference of fractions as a signed number of percentage points, without unit and with the
     * same adaptive precision as {@link #percent}: 0.0161 → "+1.6", −0.0062 → "−0.62", 0 → "0".
     */
    public static String signedPercentNumber(double difference) {
        String sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
        return sign + percentNumber(Math.abs(difference));
    }

    private static boolean isTiny(double rate) {
        return rate > 0 && rate * 100 < 0.1;
    }

    private static String percentNumber(double fraction) {
        if (fraction == 0) {
            return "0";
        }
        if (fraction == 1) {
            return "100";
        }
        double percent = fraction * 100;
        if (fraction >= ONE_PERCENT) {
            return fixed(percent, 1);
        }
        if (fraction >= ONE_PER_THOUSAND) {
            return fixed(percent, 2);
        }
        return significant(percent, 3);
    }

    private static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String significant(double value, int digits) {
        return BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP)).toPlainString();
    }
}
