package org.loopwatch.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two cards — the entry form and the day's grid, a settings list and its editor — side by side
 * when the screen is wide enough for both at least at their smallest, else the second below the
 * first. So at
 * the smallest window (960 px wide, or a large zoom) no card is squeezed under its content — group
 * names vanishing, a closed day's grid cut at the right — and nothing scrolls sideways.
 */
public final class CardsPane extends Region {

    private final Region form;
    private final Region grid;
    private final double gap;

    public CardsPane(Region form, Region grid, double gap) {
        this.form = form;
        this.grid = grid;
        this.gap = gap;
        getChildren().addAll(form, grid);
    }

    /*
     * Whether the two cards stand side by side at this width of the pane: both at least at their
     * smallest. Their smallest widths follow the zoom (the entry grid's columns are set in code and
     * scaled with the text), so at 200 % on a laptop the grid goes below the form instead of
     * being cut to "未…" beside it.
     */
    boolean sideBySide(double width) {
        return inner(width) >= form.minWidth(-1) + gap + grid.minWidth(-1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + Math.max(form.minWidth(-1), grid.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + form.prefWidth(-1) + gap + grid.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width); // the screen scrolls; the cards are never squeezed
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        Insets insets = getInsets();
        double[] widths = widths(w);
        double height = sideBySide(w)
                ? Math.max(form.prefHeight(widths[0]), grid.prefHeight(widths[1]))
                : form.prefHeight(widths[0]) + gap + grid.prefHeight(widths[1]);
        return insets.getTop() + height + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double[] widths = widths(getWidth());
        double x = insets.getLeft();
        double y = insets.getTop();
        layout(form, x, y, widths[0]);
        if (sideBySide(getWidth())) {
            layout(grid, x + widths[0] + gap, y, widths[1]);
        } else {
            layout(grid, x, y + form.getHeight() + gap, widths[1]);
        }
    }

    /* Width of the form and of the grid: side by side the grid takes what the form leaves. */
    private double[] widths(double width) {
        double inner = inner(width);
        if (sideBySide(width)) {
            // The form at its preferred width when the grid still gets its own; else narrower, not under its smallest.
            double formWidth = clamp(inner - gap - grid.prefWidth(-1), form.minWidth(-1),
                    Math.min(form.prefWidth(-1), form.maxWidth(-1)));
            return new double[] {formWidth, inner - formWidth - gap};
        }
        return new double[] {clamp(inner, form.minWidth(-1), form.maxWidth(-1)), Math.max(inner, grid.minWidth(-1))};
    }

    private void layout(Region card, double x, double y, double width) {
        double height = card.prefHeight(width);
        card.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(width), snapSizeY(height));
    }

    private double inner(double width) {
        return width - horizontal();
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
