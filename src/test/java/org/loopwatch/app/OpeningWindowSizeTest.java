package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window opens inside the screen it opens on (issue 15: at 1024×700 it opened 1280×800, its File menu off the screen). */
class OpeningWindowSizeTest {

    @Test
    void onASmallScreenTheWindowOpensMaximizedAndRestoresInsideTheUsableArea() {
        assertThat(OpeningWindowSize.within(new Rectangle2D(0, 0, 1024, 700)))
                .isEqualTo(new OpeningWindowSize(976, 652, true));
        // A task bar of 40 px at the bottom of a 1366×768 screen.
        assertThat(OpeningWindowSize.within(new Rectangle2D(0, 0, 1366, 728)))
                .isEqualTo(new OpeningWindowSize(1280, 680, true));
    }

    @Test
    void onALargeScreenTheWindowOpensAtItsPreferredSize() {
        assertThat(OpeningWindowSize.within(new Rectangle2D(0, 0, 1920, 1040)))
                .isEqualTo(new OpeningWindowSize(1280, 800, false));
    }

    @Test
    void neverBelowTheMinimumTheScreensAreLaidOutFor() {
        assertThat(OpeningWindowSize.within(new Rectangle2D(0, 0, 800, 480)))
                .isEqualTo(new OpeningWindowSize(960, 600, true));
    }
}
