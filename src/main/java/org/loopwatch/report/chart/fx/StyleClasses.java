package org.loopwatch.report.chart.fx;

import javafx.scene.Node;

/** Style classes changed only where they differ: each change restyles the node. */
final class StyleClasses {

    private StyleClasses() {
    }

    /** Adds or removes {@code styleClass} so the node has it exactly when {@code wanted}. */
    static void set(Node node, String styleClass, boolean wanted) {
        if (node.getStyleClass().contains(styleClass) != wanted) {
            if (wanted) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass); // only ever added once; removeAll(…) costs a bit set and a pass more
            }
        }
    }
}
