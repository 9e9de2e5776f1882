package org.loopwatch.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a screen whose issue has not landed yet, and says so plainly. */
public final class PlaceholderScreen extends VBox {

    public PlaceholderScreen(Screen screen, String whatComes) {
        super(12);
        setAlignment(Pos.CENTER);
        getStyleClass().add("placeholder-screen");
        Label title = new Label(screen.title());
        title.getStyleClass().add("screen-title");
        Label coming = new Label(org.loopwatch.domain.text.Texts.of(PlaceholderScreen.class).format("placeholder.coming", whatComes));
        coming.getStyleClass().add("placeholder-text");
        coming.setWrapText(true);
        getChildren().addAll(title, coming);
    }
}
