package org.loopwatch.ui.settings;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The line under a section that says what just happened, or what went wrong and what to do. */
final class SectionMessage extends Label {

    SectionMessage(String id, SectionWork work) {
        setId(id);
        getStyleClass().add("section-message");
        setWrapText(true);
        textProperty().bind(work.messageProperty());
        visibleProperty().bind(work.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        work.failedProperty().addListener((observable, before, failed) -> markFailed(failed));
        markFailed(work.failedProperty().get());
    }

    private void markFailed(boolean failed) {
        getStyleClass().remove("section-message-error");
        if (failed) {
            getStyleClass().add("section-message-error");
        }
    }

    /** A hint line bound to a validation problem, shown only while there is one. */
    static Label hint(String id, ObservableStringValue problem) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add("section-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(problem);
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }
}
