package org.loopwatch.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The padded place the current screen fills. Not a StackPane: a StackPane asks a screen whose height
 * depends on its width (Daily entry: the grid goes below the form when narrow) for its height at the
 * pane's width with the padding included, lays it out narrower and taller than that, and centres the
 * overflow — Daily entry opened with its title and date above the window, out of reach of the
 * scroll bar (issue 15). Here heights are asked at the width the screen gets, and a screen taller than
 * the window starts at the top.
 */
final class ScreenHolder extends Region {

    /** Shows {@code screen} in place of the one shown before. */
    void show(Node screen) {
        getChildren().setAll(screen);
    }

    private Node screen() {
        return getChildren().isEmpty() ? null : getChildren().get(0);
    }

    @Override
    public Orientation getContentBias() {
        Node screen = screen();
        return screen == null ? null : screen.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        Node screen = screen();
        return horizontal() + (screen == null ? 0 : screen.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        Node screen = screen();
        return horizontal() + (screen == null ? 0 : screen.prefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        Node screen = screen();
        return vertical() + (screen == null ? 0 : screen.minHeight(inner(width)));
    }

    @Override
    protected double computePrefHeight(double width) {
        Node screen = screen();
        return vertical() + (screen == null ? 0 : screen.prefHeight(inner(width)));
    }

    @Override
    protected void layoutChildren() {
        Node screen = screen();
        if (screen == null) {
            return;
        }
        Insets insets = getInsets();
        double width = Math.max(screen.minWidth(-1), getWidth() - horizontal());
        double height = Math.max(screen.minHeight(width), Math.min(getHeight() - vertical(), screen.maxHeight(width)));
        screen.resizeRelocate(snapPositionX(insets.getLeft()), snapPositionY(insets.getTop()),
                snapSizeX(width), snapSizeY(height));
    }

    /* The width the screen gets from a width of this holder; -1 (no width given) stays -1. */
    private double inner(double width) {
        return width < 0 ? -1 : Math.max(0, width - horizontal());
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private double vertical() {
        return getInsets().getTop() + getInsets().getBottom();
    }
}
