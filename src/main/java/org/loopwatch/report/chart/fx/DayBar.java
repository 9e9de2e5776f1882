package org.loopwatch.report.chart.fx;

import javafx.scene.AccessibleAttribute;
import javafx.scene.shape.Rectangle;

/**
 * A day's (week's, month's) bar of a stacked bar chart. A shape, not a region: see {@link ChartDot}
 * for why thousands of regions are slow to restyle. Its words are a {@link SpokenPoint}'s. It is kept
 * beside its data item, not as the item's node: see {@link StackedDayBarChart#barOf}.
 */
final class DayBar extends Rectangle implements SpokenPoint.Speaking {

    private final SpokenPoint words = new SpokenPoint();
    /* How many days the bar spans: a day, a week, or a (part of a) month. */
    private long days = 1;

    long days() {
        return days;
    }

    void days(long days) {
        this.days = days;
    }

    @Override
    public SpokenPoint words() {
        return words;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        String spoken = words.spoken(attribute);
        return spoken != null ? spoken : super.queryAccessibleAttribute(attribute, parameters);
    }
}
