package org.loopwatch.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first comes near, not with the window: each Tooltip is a popup
 * window with its own styling, and the first one also loads that machinery, which delayed the
 * first frame of the main window (SPEC §9). Once made it behaves as one set up front.
 */
public final class Tooltips {

    private Tooltips() {
    }

    /**
     * Gives {@code control} the tooltip {@code text} on its first hover. A screen reader has it at
     * once, as the control's accessible help (no mouse needs to come near).
     */
    public static void onFirstHover(Control control, String text) {
        if (control.getAccessibleHelp() == null) {
            control.setAccessibleHelp(text);
        }
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
