package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.RateFormat;

/** The words of a value axis, without JavaFX, for every renderer: tick labels and the axis title. */
public final class ValueTicks {

    private ValueTicks() {
    }

    /** The tick values of a scale: 0, step, 2 × step … up to its top. */
    public static List<Double> values(AxisScale scale) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i * scale.step() <= scale.upper() * (1 + 1e-9); i++) {
            values.add(i * scale.step());
        }
        return values;
    }

    /**
     * True when a rate axis ends at or below 0.1 %: its ticks read "0.01 %", which the legend then
     * explains as "0.01 % = 10 per 100,000 tests" (a reader grasps counts per 100,000 better).
     */
    public static boolean isSmallRateScale(double axisTop) {
        return axisTop <= 0.001;
    }

    /** A count tick: whole numbers with thousands separators. */
    public static String count(double value) {
        return RateFormat.count(Math.round(value));
    }

    /**
     * A tick label: the rate as {@link RateFormat#percent} writes it, without the trailing zeros
     * that fixed decimals leave on round tick values ("0.0100 %" reads "0.01 %", "2.0 %" "2 %").
     */
    public static String percent(double fraction) {
        org.loopwatch.domain.text.Texts words = org.loopwatch.domain.text.Texts.of(RateFormat.class);
        if (fraction <= 0) {
            return words.format("rate.percent", "0");
        }
        // "2.0 %" in English, "2.0%" in Chinese: the number is what comes before the sign.
        String number = RateFormat.percent(fraction).replaceAll("\\s*%$", "");
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return words.format("rate.percent", number);
    }
}
