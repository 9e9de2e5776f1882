package org.loopwatch.report.chart.fx;

import javafx.scene.AccessibleAttribute;
import javafx.scene.shape.Rectangle;

/**
 * A day's (week's, month's) bar of a stacked bar chart. A shape, not a region: see {@link ChartDot}
 * for why thousands of regions are slow to restyle. Its words are a {@link SpokenPoint}'s.
 */
final class DayBar extends Rectangle implements SpokenPoint.Speaking {

    private final SpokenPoint words = new SpokenPoint();

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
