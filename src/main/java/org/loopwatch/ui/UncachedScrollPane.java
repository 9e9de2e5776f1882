package org.loopwatch.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane whose viewport is drawn with the rest of the window instead of through an image
 * of its own. JavaFX's skin caches the viewport (for scrolling by copying the image), and any
 * change inside it — a chart or tile a save changed — makes the renderer draw the whole visible
 * content into that image again and then the image onto the window: with the software renderer
 * the largest part of its time per save (decision 0072). Uncached, it redraws only the regions
 * that changed. The same pixels either way.
 */
public final class UncachedScrollPane extends ScrollPane {

    public UncachedScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        for (Node child : skin.getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
        return skin;
    }
}
