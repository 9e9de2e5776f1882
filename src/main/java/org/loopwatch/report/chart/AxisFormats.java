package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.loopwatch.domain.RateFormat;

/** Builds the chart axes: days along the bottom, rates or counts up the side. */
final class AxisFormats {

    private static final int[] DAY_STEPS = {1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1456};
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private AxisFormats() {
    }

    /**
     * A day axis in epoch days, half a day of margin on each side so the first and last bars fit,
     * with at most about ten ticks.
     */
    static NumberAxis days(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        int step = DAY_STEPS[DAY_STEPS.length - 1];
        for (int candidate : DAY_STEPS) {
            if (span / candidate <= 10) {
                step = candidate;
                break;
            }
        }
        NumberAxis axis = new NumberAxis(from.toEpochDay() - 0.5, to.toEpochDay() + 0.5, step);
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        DateTimeFormatter format = span > 366 ? MONTH_YEAR : DAY_MONTH;
        axis.setTickLabelFormatter(converter(value -> format.format(LocalDate.ofEpochDay(Math.round(value)))));
        axis.setLabel(from.getYear() == to.getYear() ? String.valueOf(to.getYear())
                : from.getYear() + "–" + to.getYear());
        return axis;
    }

    /** A positivity axis (fractions) labelled in percent, readable down to 0.001 %. */
    static NumberAxis rates(double max, String label) {
        AxisScale scale = AxisScale.of(max, false);
        NumberAxis axis = fixed(scale, label);
        axis.setTickLabelFormatter(converter(AxisFormats::percentTick));
        if (scale.upper() <= 0.001) {
            // In-loop screening sits around 0.01 %: say what that means in people's terms.
            axis.setLabel(label + " (0.01 % = 10 per 100,000 tests)");
        }
        return axis;
    }

    /** A count axis with whole-number ticks and thousands separators. */
    static NumberAxis counts(double max, String label) {
        NumberAxis axis = fixed(AxisScale.of(max, true), label);
        axis.setTickLabelFormatter(converter(value -> RateFormat.count(Math.round(value))));
        return axis;
    }

    /**
     * A tick label: the rate as {@link RateFormat#percent} writes it, without the trailing zeros
     * that fixed decimals leave on round tick values ("0.0100 %" reads "0.01 %", "2.0 %" "2 %").
     */
    static String percentTick(double fraction) {
        if (fraction <= 0) {
            return "0 %";
        }
        String text = RateFormat.percent(fraction);
        String number = text.substring(0, text.length() - 2);
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return number + " %";
    }

    private static NumberAxis fixed(AxisScale scale, String label) {
        NumberAxis axis = new NumberAxis(0, scale.upper(), scale.step());
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        axis.setLabel(label);
        return axis;
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }
}
