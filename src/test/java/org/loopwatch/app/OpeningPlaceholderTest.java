package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.ui.Screen;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What a screen says while the database opens (seconds on a busy desk, seen in issue 15's walk):
 * "Opening the database…", not "Coming: opening the database…", which read as a screen not built yet.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class OpeningPlaceholderTest {

    @Test
    void aScreenBeforeTheDatabaseIsOpenSaysItIsOpening() throws Exception {
        ScreenFactory screens = new ScreenFactory(null, null, null);
        for (Screen screen : Screen.values()) {
            String said = org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                    ((Label) screens.create(screen).lookup("#placeholderText")).getText()).get();
            assertThat(said).as(screen.title()).isEqualTo("Opening the database…");
        }
    }
}
