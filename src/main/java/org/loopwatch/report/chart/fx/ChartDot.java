package org.loopwatch.report.chart.fx;

import javafx.scene.AccessibleAttribute;
import javafx.scene.shape.Path;
import org.loopwatch.report.chart.ChartStyle;

/**
 * A day's dot on a line chart: a circle, open (white inside) when its window lacks a day, a larger
 * diamond with a dark rim when the day is flagged. Colours and rims come from {@code chart.css}.
 *
 * <p>Why a shape and not a styled region: JavaFX's CSS keeps, for each stylesheet, a list of
 * every parent node styled under it and searches it end to end as each joins or leaves, so a
 * thousand region dots made redrawing a chart quadratic (SPEC §9: a save shows on the dashboard in
 * 100 ms). A shape has no children and is not on that list.
 */
final class ChartDot extends Path implements SpokenPoint.Speaking {

    /** Radius of a plain dot, in the chart's pixels. */
    static final double RADIUS = ChartStyle.Screen.DOT_RADIUS;
    /** Centre to corner of a flagged day's diamond. */
    static final double FLAG_HALF = ChartStyle.Screen.FLAG_HALF;

    private final SpokenPoint words = new SpokenPoint();
    /* The outlines shared by the chart's dots. */
    private final DotOutlines outlines;
    /* The state drawn, so an unchanged point costs no look-up in its style classes. */
    private boolean incomplete;
    private boolean flagged;

    ChartDot(DotOutlines outlines) {
        this.outlines = outlines;
        getStyleClass().add("lw-dot");
        outline(false);
    }

    /** Sets the state classes and the outline; only what differs, since each class change restyles the node. */
    void mark(boolean incomplete, boolean flagged) {
        if (incomplete != this.incomplete) {
            StyleClasses.set(this, "incomplete-window", incomplete);
            this.incomplete = incomplete;
        }
        if (flagged != this.flagged) {
            StyleClasses.set(this, "exceedance", flagged);
            outline(flagged);
            this.flagged = flagged;
        }
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

    private void outline(boolean flagged) {
        getElements().setAll(outlines.of(flagged));
    }
}
