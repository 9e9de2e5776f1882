package org.loopwatch.app;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * The main window's first size: 1280 × 800 where the screen has room, else as large as the
 * screen's usable area less a title bar. A 1366 × 768 laptop screen (SPEC §4 names it) is lower
 * than 800: the window stood above and below the screen, and the status bar — the team database,
 * user and role — was cut off at the bottom.
 *
 * <p>Sized before the window is shown rather than shrunk after: GTK drops a resize of a window not
 * yet mapped that changes only its height ({@code gtk_window_resize: assertion 'width > 0'}).
 */
final class WindowFit {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    /** Room left for the window manager's title bar and frame, which the scene size does not include. */
    static final double FRAME = 40;

    private WindowFit() {
    }

    /** The scene size for a window opening on a screen whose usable area is {@code area}. */
    static Dimension2D sceneSize(Rectangle2D area) {
        return new Dimension2D(Math.min(WIDTH, area.getWidth()), Math.min(HEIGHT, area.getHeight() - FRAME));
    }
}
