package org.loopwatch.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.loopwatch.domain.text.Texts;

/**
 * OK and Cancel in the interface language. JavaFX's own {@code ButtonType.OK}/{@code CANCEL} take
 * their words from the JVM's locale once, when the class loads, so a Chinese interface chosen in
 * Settings or with {@code --lang} on an English system still read "OK" and "Cancel".
 */
public final class DialogButtons {

    private static final Texts TEXT = Texts.of(DialogButtons.class);

    private DialogButtons() {
    }

    /** A new OK button type (closes the dialog with OK_DONE). */
    public static ButtonType ok() {
        return new ButtonType(TEXT.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** A new Cancel button type (CANCEL_CLOSE: Esc and the window's close button answer with it). */
    public static ButtonType cancel() {
        return new ButtonType(TEXT.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
