package org.loopwatch.ui.guide;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The user guide as a person reads it: the Markdown of docs/user-guide*.md rendered by
 * {@link MarkdownNodes} in a scrolling page, with the screenshots it shows.
 */
public final class GuideView extends ScrollPane {

    private final VBox page;

    /**
     * @param markdown the guide's text
     * @param images   opens an image the guide names (e.g. {@code images/entry.png}); null when absent
     */
    public GuideView(String markdown, Function<String, InputStream> images) {
        page = new MarkdownNodes(images).render(markdown);
        setContent(page);
        setFitToWidth(true);
        setId("userGuide");
        getStyleClass().add("guide");
        getStylesheets().add(Objects.requireNonNull(GuideView.class.getResource("guide.css"), "guide.css").toExternalForm());
    }

    /** The rendered page, for tests. */
    public VBox page() {
        return page;
    }
}
