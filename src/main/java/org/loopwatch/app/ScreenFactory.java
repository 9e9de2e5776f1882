package org.loopwatch.app;

import java.util.Optional;
import javafx.scene.Node;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.audit.AuditView;
import org.loopwatch.ui.audit.AuditViewModel;
import org.loopwatch.ui.compare.CompareView;
import org.loopwatch.ui.compare.CompareViewModel;
import org.loopwatch.ui.dashboard.DashboardView;
import org.loopwatch.ui.data.DataView;
import org.loopwatch.ui.data.DataViewModel;
import org.loopwatch.ui.entry.EntryView;
import org.loopwatch.ui.entry.EntryViewModel;
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
            case DASHBOARD -> DashboardView.withExports(services.get());
            case ENTRY -> new EntryView(new EntryViewModel(services.get()));
            case DATA -> new DataView(new DataViewModel(services.get()));
            case COMPARE -> new CompareView(new CompareViewModel(services.get()));
            case AUDIT -> new AuditView(new AuditViewModel(services.get()));
            case SETTINGS -> new SettingsView(new SettingsViewModel(services.get()));
        };
    }
}
