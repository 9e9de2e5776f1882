package org.loopwatch.app;

import java.util.Optional;
import javafx.scene.Node;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.audit.AuditView;
import org.loopwatch.ui.audit.AuditViewModel;
import org.loopwatch.ui.settings.SettingsView;
import org.loopwatch.ui.settings.SettingsViewModel;

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
            case ENTRY -> new PlaceholderScreen(screen, "keyboard-first daily entry with live validation (issue 3).");
            case DATA -> new PlaceholderScreen(screen, "all entries in a filterable table (issue 3).");
            case COMPARE -> new PlaceholderScreen(screen, "two groups side by side with Fisher's exact test (issue 4).");
            case AUDIT -> new AuditView(new AuditViewModel(services.get()));
            case SETTINGS -> new SettingsView(new SettingsViewModel(services.get()));
        };
    }
}
