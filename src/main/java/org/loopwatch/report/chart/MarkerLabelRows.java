package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where key-date labels go along the top of a plot, the same on screen and in the PDF: right of
 * the marker line when the label fits before the plot's right edge, else to its left (never past
 * the left edge), so the last key date is not cut off; a label that would overlap one already
 * placed in a row moves down a row. Units are the renderer's (pixels or points); call
 * {@link #place} for the markers from left to right.
 */
public final class MarkerLabelRows {

    /** A label's left edge and its row, 0 the top one. */
    public record Place(double left, int row) {
    }

    private final double leftEdge;
    private final double rightEdge;
    private final double gap;
    private final List<Double> rowEnds = new ArrayList<>();

    /**
     * @param leftEdge  the plot's left edge
     * @param rightEdge the plot's right edge
     * @param gap       between a line and its label, and between two labels in a row
     */
    public MarkerLabelRows(double leftEdge, double rightEdge, double gap) {
        this.leftEdge = leftEdge;
        this.rightEdge = rightEdge;
        this.gap = gap;
    }

    /** Places the label of the marker at {@code x}, {@code labelWidth} wide. */
    public Place place(double x, double labelWidth) {
        double left = x + gap + labelWidth <= rightEdge ? x + gap : Math.max(leftEdge, x - gap - labelWidth);
        int row = 0;
        while (row < rowEnds.size() && rowEnds.get(row) > left) {
            row++;
        }
        if (row == rowEnds.size()) {
            rowEnds.add(0.0);
        }
        rowEnds.set(row, left + labelWidth + gap);
        return new Place(left, row);
    }
}
