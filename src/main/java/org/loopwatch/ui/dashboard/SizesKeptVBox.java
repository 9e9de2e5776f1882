package org.loopwatch.ui.dashboard;

import javafx.scene.layout.VBox;
import org.loopwatch.report.chart.fx.SizeCache;

/**
 * A column whose sizes are measured once until something in it asks for layout again
 * ({@link SizeCache}): the dashboard's tiles and chart holders. Its scroll pane measured every one
 * of them again after each save, with their wrapping labels, legends and charts, whichever of them
 * the save had changed (decisions 0062 and 0069).
 */
abstract class SizesKeptVBox extends VBox {

    private final SizeCache sizes = new SizeCache();

    SizesKeptVBox() {
    }

    SizesKeptVBox(double spacing) {
        super(spacing);
    }

    @Override
    public void requestLayout() {
        if (sizes != null) { // called by the super constructor, before the cache exists
            sizes.clear();
        }
        super.requestLayout();
    }

    @Override
    protected double computeMinWidth(double height) {
        return sizes.size(SizeCache.Kind.MIN_WIDTH, height, super::computeMinWidth);
    }

    @Override
    protected double computePrefWidth(double height) {
        return sizes.size(SizeCache.Kind.PREF_WIDTH, height, super::computePrefWidth);
    }

    @Override
    protected double computeMinHeight(double width) {
        return sizes.size(SizeCache.Kind.MIN_HEIGHT, width, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return sizes.size(SizeCache.Kind.PREF_HEIGHT, width, super::computePrefHeight);
    }
}
