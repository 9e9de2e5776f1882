package org.loopwatch.ui;

/**
 * A screen that puts the keyboard focus on its first field, or the control it is for (a table, the
 * first choice), each time the shell shows it, so that coming back to it (Ctrl+2, a click in the
 * navigation) needs no click before typing. The focus of a screen without one goes to its button in
 * the navigation: never left on a screen that has gone, nor on another screen's button.
 */
public interface FocusWhenShown {

    /** Called on the FX thread after the screen has been put in the window. */
    void focusWhenShown();
}
