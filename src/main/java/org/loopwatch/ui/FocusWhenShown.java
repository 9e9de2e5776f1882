package org.loopwatch.ui;

/**
 * A screen that puts the keyboard focus on its first field each time the shell shows it, so that
 * coming back to it (Ctrl+2, a click in the navigation) needs no click before typing.
 */
public interface FocusWhenShown {

    /** Called on the FX thread after the screen has been put in the window. */
    void focusWhenShown();
}
