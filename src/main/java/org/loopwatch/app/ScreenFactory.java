package org.loopwatch.app;

import java.util.Optional;
import javafx.scene.Node;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.data.DataView;
import org.loopwatch.ui.data.DataViewModel;
import org.loopwatch.ui.entry.EntryView;
import org.loopwatch.ui.entry.EntryViewModel;

/**
 * Builds each screen on its first visit, wired to the parts it needs. Until the database is open
 * every screen says so.
 */
final class ScreenFactory {

    private Optional<AppServices> services = Optional.empty();

    void databaseOpened(AppServices opened) {
        services = Optional.of(opened);
    }

    Node create(Screen screen) {
        if (services.isEmpty()) {
            return new PlaceholderScreen(screen, "opening the database…");
        }
        return switch (screen) {
            case DASHBOARD -> new PlaceholderScreen(screen,
                    "tiles per group with confidence intervals and the rolling-positivity charts (issue 4).");
            case ENTRY -> new EntryView(new EntryViewModel(services.get()));
            case DATA -> new DataView(new DataViewModel(services.get()));
            case COMPARE -> new PlaceholderScreen(screen, "two groups side by side with Fisher's exact test (issue 4).");
            case AUDIT -> new PlaceholderScreen(screen, "every change, filterable (issue 3).");
            case SETTINGS -> new PlaceholderScreen(screen, "groups, rollups, event dates and defaults (issue 3).");
        };
    }
}
