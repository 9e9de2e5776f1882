package org.loopwatch.report.chart.fx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The computed sizes of one region (minimum and preferred width and height, per width or height
 * asked), kept until the region or anything inside it asks for layout again.
 *
 * <p>Why: JavaFX keeps a parent's sizes only when asked without a width or height, but a pane of
 * wrapping labels (a tile, a legend) is always asked with one. So after any change anywhere on the
 * dashboard, the scroll pane measured every tile and legend again, laying out the text of every
 * label: most of a save's time on the FX thread (SPEC §9). A change inside the region reaches it as
 * {@code requestLayout()}, which clears the cache; so does a change of its own style (padding,
 * border) or of its labels' fonts.
 *
 * <p>Use: override {@code requestLayout()} to call {@link #clear()} and then the super method, and
 * the region's {@code compute…} methods to go through {@link #size}.
 */
public final class SizeCache {

    /** Which size. */
    public enum Kind { MIN_WIDTH, PREF_WIDTH, MIN_HEIGHT, PREF_HEIGHT }

    private record Key(Kind kind, double other) {
    }

    private final Map<Key, Double> sizes = new HashMap<>();

    /** The size of {@code kind} for the other dimension {@code other}, computed once until {@link #clear()}. */
    public double size(Kind kind, double other, DoubleUnaryOperator compute) {
        Key key = new Key(kind, other);
        Double known = sizes.get(key);
        if (known != null) {
            return known;
        }
        double computed = compute.applyAsDouble(other);
        sizes.put(key, computed);
        return computed;
    }

    /** Forgets every size: something inside changed. */
    public void clear() {
        sizes.clear();
    }
}
