package org.loopwatch.report.chart.fx;

import java.util.List;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/**
 * The two outlines of a chart's dots ({@link ChartDot}): a circle, and a flagged day's larger
 * diamond, each made once per chart and shared by all its dots. Why: a path element is an object
 * with a property per coordinate and its own list of the paths that use it, about 300 bytes; four
 * or five per dot were 2 MB of the dashboard's live heap (decision 0058). A path may share its
 * elements with other paths (JavaFX keeps, per element, the paths to redraw when it changes), and
 * these never change. Per chart and not per application: a chart may be made on a background
 * thread, and an element's list of paths is not safe to change from two threads.
 */
final class DotOutlines {

    private final List<PathElement> circle;
    private final List<PathElement> diamond;

    DotOutlines() {
        double radius = ChartDot.RADIUS;
        double half = ChartDot.FLAG_HALF;
        circle = List.of(new MoveTo(-radius, 0), new ArcTo(radius, radius, 0, radius, 0, false, true),
                new ArcTo(radius, radius, 0, -radius, 0, false, true), new ClosePath());
        diamond = List.of(new MoveTo(0, -half), new LineTo(half, 0), new LineTo(0, half), new LineTo(-half, 0),
                new ClosePath());
    }

    /** A dot's outline, centred on its origin: the diamond when the day is flagged, else the circle. */
    List<PathElement> of(boolean flagged) {
        return flagged ? diamond : circle;
    }
}
