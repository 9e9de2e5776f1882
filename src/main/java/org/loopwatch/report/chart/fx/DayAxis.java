package org.loopwatch.report.chart.fx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.ValueAxis;
import javafx.scene.text.Text;
import org.loopwatch.report.chart.DayTicks;

/**
 * An axis of epoch days with the ticks of {@link DayTicks} (the first of a month or of a year
 * for long periods), which NumberAxis, with its evenly spaced numbers, cannot place: months and
 * years are not all as long. Its range is fixed to the period, half a day of margin on each side
 * so the first and last bars fit.
 */
public final class DayAxis extends ValueAxis<Number> {

    private List<Number> tickDays;
    private final Map<Long, String> labels = new HashMap<>();

    DayAxis(LocalDate from, LocalDate to) {
        super(from.toEpochDay() - 0.5, to.toEpochDay() + 0.5);
        setAutoRanging(false);
        setMinorTickVisible(false);
        setAnimated(false);
        setPeriod(from, to);
    }

    /**
     * Moves the axis to another period, e.g. one day on after the first save of a new day. A tick
     * kept from before keeps its label, which is right for a period as long as before: a tick's
     * label then depends on its day only ({@link DayTicks}).
     */
    void setPeriod(LocalDate from, LocalDate to) {
        List<DayTicks.Tick> ticks = DayTicks.of(from, to);
        tickDays = ticks.stream().<Number>map(tick -> (double) tick.epochDay()).toList();
        labels.clear();
        ticks.forEach(tick -> labels.put(tick.epochDay(), tick.label()));
        AxisFormats.setLabel(this, DayTicks.axisLabel(from, to));
        setLowerBound(from.toEpochDay() - 0.5);
        setUpperBound(to.toEpochDay() + 0.5);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return everyNth(tickDays, spacingNeeded(length));
    }

    /*
     * Every how many ticks one is kept so that each label stands clear of the next by a gap of
     * one character: JavaFX hides a label only when it overlaps the last one shown, so narrow charts
     * (the dashboard's half-width bar charts at 1024 px) printed "Nov 17Nov 24" touching, and hid
     * others unevenly. Fewer ticks, evenly kept, with their grid lines.
     */
    private int spacingNeeded(double length) {
        if (tickDays.size() < 2 || length <= 0) {
            return 1;
        }
        double pixelsPerDay = length / (getUpperBound() - getLowerBound());
        double closest = Double.MAX_VALUE;
        for (int i = 1; i < tickDays.size(); i++) {
            closest = Math.min(closest, (tickDays.get(i).doubleValue() - tickDays.get(i - 1).doubleValue()) * pixelsPerDay);
        }
        Text probe = new Text();
        probe.setFont(getTickLabelFont());
        double widest = 0;
        for (String label : labels.values()) {
            probe.setText(label);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double gap = getTickLabelFont().getSize();
        return (int) Math.max(1, Math.ceil((widest + gap) / closest));
    }

    private static List<Number> everyNth(List<Number> days, int n) {
        if (n <= 1) {
            return days;
        }
        List<Number> kept = new ArrayList<>();
        for (int i = 0; i < days.size(); i += n) {
            kept.add(days.get(i));
        }
        return kept;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return labels.getOrDefault(Math.round(value.doubleValue()), "");
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }
}
