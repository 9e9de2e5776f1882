package org.loopwatch.report.chart.fx;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.AxisScale;
import org.loopwatch.report.chart.ValueTicks;

/** Builds the JavaFX chart axes: days along the bottom, rates or counts up the side. */
final class AxisFormats {

    private AxisFormats() {
    }

    /**
     * A day axis in epoch days, half a day of margin on each side so the first and last bars fit,
     * with the ticks of {@link DayTicks}.
     */
    static DayAxis days(LocalDate from, LocalDate to) {
        return new DayAxis(from, to);
    }

    /** A positivity axis (fractions) labelled in percent, readable down to 0.001 %. */
    static NumberAxis rates(double max, String label) {
        AxisScale scale = AxisScale.of(max, false);
        NumberAxis axis = fixed(scale, label);
        axis.setTickLabelFormatter(converter(ValueTicks::percent));
        return axis;
    }

    /** A count axis with whole-number ticks and thousands separators. */
    static NumberAxis counts(double max, String label) {
        NumberAxis axis = fixed(AxisScale.of(max, true), label);
        axis.setTickLabelFormatter(converter(ValueTicks::count));
        return axis;
    }

    /**
     * Gives a value axis made by {@link #rates} or {@link #counts} the scale and label of new
     * figures. Why not a fresh axis to copy from: that was a new control (label, tick marks, CSS)
     * made and dropped for every redrawn chart at every save; equal bounds leave the ticks as they are.
     */
    static void rescale(NumberAxis axis, double max, boolean counts, String label) {
        AxisScale scale = AxisScale.of(max, counts);
        axis.setLowerBound(0);
        axis.setUpperBound(scale.upper());
        axis.setTickUnit(scale.step());
        setLabel(axis, label);
    }

    /**
     * Gives {@code axis} the label {@code label} unless it has those words already. Why: an axis'
     * label is an {@code ObjectProperty<String>}, which takes an equal String that is another object
     * as a change and lays its whole chart out again — axes, every series, bands and markers. Each
     * save worked out every chart's label anew, so all nine charts of the dashboard were laid out
     * where four had changed (decision 0065).
     */
    static void setLabel(Axis<?> axis, String label) {
        if (!Objects.equals(axis.getLabel(), label)) {
            axis.setLabel(label);
        }
    }

    private static NumberAxis fixed(AxisScale scale, String label) {
        NumberAxis axis = new NumberAxis(0, scale.upper(), scale.step());
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        axis.setLabel(label);
        return axis;
    }

    /*
     * Each tick's words kept for the interface language they were written in. Why: a value axis asks
     * for every tick's label at every layout of its chart (to measure the widest), and after a save
     * that wrote the same few labels again, each through a MessageFormat and regular expressions
     * (decision 0060). A redraw with other bounds brings other ticks; a few hundred is plenty.
     */
    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            private final Map<Double, String> written = new HashMap<>();
            private Locale writtenIn;

            @Override
            public String toString(Number value) {
                if (value == null) {
                    return "";
                }
                Locale language = Texts.language();
                if (!language.equals(writtenIn) || written.size() > 256) {
                    written.clear();
                    writtenIn = language;
                }
                return written.computeIfAbsent(value.doubleValue(), format::apply);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }
}
