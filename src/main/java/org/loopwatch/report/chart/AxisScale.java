package org.loopwatch.report.chart;

/**
 * A "nice" vertical axis from 0: an upper bound and a tick step of 1, 2, 2.5 or 5 times a power
 * of ten, with about five ticks. Chosen here rather than by NumberAxis's auto-ranging so that
 * confidence bands (which the axis does not know about) fit, and counts never get ticks at 0.5.
 */
public record AxisScale(double upper, double step) {

    public static AxisScale of(double max, boolean counts) {
        double top = max <= 0 ? (counts ? 4 : 0.01) : max * 1.05;
        double raw = top / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 5;
        for (double factor : new double[] {1, 2, 2.5, 5}) {
            if (magnitude * factor >= raw) {
                step = magnitude * factor;
                break;
            }
        }
        if (counts) {
            step = Math.max(1, Math.ceil(step));
        }
        double upper = Math.ceil(top / step - 1e-9) * step;
        return new AxisScale(upper, step);
    }
}
