package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/**
 * Sets a path's elements to a line through given points, changing in place the coordinates of the
 * elements it already has when their number and kinds fit. Why: after a save one point of a chart
 * moves, but JavaFX's LineChart made every line's elements anew at each layout (a new LineTo per
 * point, the list replaced), which was a tenth of the FX thread's time per save (decision 0054);
 * an element given its own coordinates again changes nothing.
 */
final class PathShapes {

    private PathShapes() {
    }

    /**
     * Makes {@code elements} a line through the first {@code count} points of {@code xy} (x0, y0,
     * x1, y1 …): a MoveTo, then LineTos, then a ClosePath when {@code closed}.
     */
    static void line(ObservableList<PathElement> elements, double[] xy, int count, boolean closed) {
        if (fits(elements, count, closed)) {
            MoveTo start = (MoveTo) elements.get(0);
            start.setX(xy[0]);
            start.setY(xy[1]);
            for (int i = 1; i < count; i++) {
                LineTo to = (LineTo) elements.get(i);
                to.setX(xy[2 * i]);
                to.setY(xy[2 * i + 1]);
            }
            return;
        }
        List<PathElement> made = new ArrayList<>(count + 1);
        if (count > 0) {
            made.add(new MoveTo(xy[0], xy[1]));
            for (int i = 1; i < count; i++) {
                made.add(new LineTo(xy[2 * i], xy[2 * i + 1]));
            }
            if (closed) {
                made.add(new ClosePath());
            }
        }
        elements.setAll(made);
    }

    private static boolean fits(List<PathElement> elements, int count, boolean closed) {
        if (count == 0 || elements.size() != count + (closed ? 1 : 0) || !(elements.get(0) instanceof MoveTo)) {
            return false;
        }
        for (int i = 1; i < count; i++) {
            if (!(elements.get(i) instanceof LineTo)) {
                return false;
            }
        }
        return !closed || elements.get(count) instanceof ClosePath;
    }
}
