package org.loopwatch.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of a settings section: a titled card with a sentence on what it is for. */
final class SectionLayout {

    private SectionLayout() {
    }

    static VBox card(String title, String purpose, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label explanation = new Label(purpose);
        explanation.getStyleClass().add("section-purpose");
        explanation.setWrapText(true);
        VBox card = new VBox(10, heading, explanation);
        card.getChildren().addAll(content);
        card.getStyleClass().add("settings-section");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** A label that names a control for screen readers and mnemonic-free keyboard use. */
    static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
