package org.loopwatch.app;

import javafx.geometry.Rectangle2D;

/**
 * How the main window opens: 1280×800 where the screen has room for it and its frame, else
 * maximized on the screen's usable area (without task bars). A 1024×700 screen had the window open
 * at 1280×800 centred, its left and top edge — the File menu, the navigation, the screen's title —
 * off the screen (issue 15); a window manager asked for a screen-sized window gave it the minimum
 * instead. The size given is the scene's (the window's inside) when not maximized — with a frame
 * around it still inside the screen —, never below the minimum the screens are laid out for.
 */
record OpeningWindowSize(double width, double height, boolean maximized) {

    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    static final double MINIMUM_WIDTH = 960;
    static final double MINIMUM_HEIGHT = 600;
    /* Room for a window manager's title bar and borders around the preferred size. */
    private static final double FRAME = 48;

    /** The size for a screen whose usable area is {@code usable}. */
    static OpeningWindowSize within(Rectangle2D usable) {
        boolean roomy = usable.getWidth() >= PREFERRED_WIDTH + FRAME && usable.getHeight() >= PREFERRED_HEIGHT + FRAME;
        return new OpeningWindowSize(Math.max(MINIMUM_WIDTH, Math.min(PREFERRED_WIDTH, usable.getWidth() - FRAME)),
                Math.max(MINIMUM_HEIGHT, Math.min(PREFERRED_HEIGHT, usable.getHeight() - FRAME)), !roomy);
    }
}
