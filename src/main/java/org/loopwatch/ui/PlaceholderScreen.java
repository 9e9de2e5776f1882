package org.loopwatch.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a screen until it can be built (while the database opens), and says why plainly. */
public final class PlaceholderScreen extends VBox {

    public PlaceholderScreen(Screen screen, String why) {
        super(12);
        setAlignment(Pos.CENTER);
        getStyleClass().add("placeholder-screen");
        Label title = new Label(screen.title());
        title.getStyleClass().add("screen-title");
        // The reason alone: "Coming: opening the database…" (即将推出：…) read as a feature not there yet.
        Label coming = new Label(why);
        coming.setId("placeholderText");
        coming.getStyleClass().add("placeholder-text");
        coming.setWrapText(true);
        getChildren().addAll(title, coming);
    }
}
