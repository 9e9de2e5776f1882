package org.loopwatch.app;

import java.util.Optional;
import javafx.scene.Node;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.AppearanceViewModel;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.audit.AuditView;
import org.loopwatch.ui.audit.AuditViewModel;
import org.loopwatch.ui.compare.CompareView;
import org.loopwatch.ui.compare.CompareViewModel;
import org.loopwatch.ui.dashboard.DashboardExportViewModel;
import org.loopwatch.ui.dashboard.DashboardView;
import org.loopwatch.ui.dashboard.DashboardViewModel;
import org.loopwatch.ui.dashboard.ExportDialogs;
import org.loopwatch.ui.data.DataView;
import org.loopwatch.ui.data.DataViewModel;
import org.loopwatch.ui.entry.EntryView;
import org.loopwatch.ui.entry.EntryViewModel;
import org.loopwatch.ui.settings.BackupsPane;
import org.loopwatch.ui.settings.BackupsViewModel;
import org.loopwatch.ui.settings.SettingsView;
import org.loopwatch.ui.settings.SettingsViewModel;

/**
 * Builds each screen on its first visit, wired to the parts it needs. Until the database is open
 * every screen says so.
 */
final class ScreenFactory {

    private final ExportDialogs exportDialogs;
    private final AppearanceViewModel appearance;
    private Optional<AppServices> services = Optional.empty();
    private Runnable enterFirstDay = () -> { };
    private Runnable openDemo = () -> { };

    /**
     * @param exportDialogs the questions the dashboard's exports ask, owned by the main window
     * @param appearance    language, theme and zoom, for Settings → Appearance
     */
    ScreenFactory(ExportDialogs exportDialogs, AppearanceViewModel appearance) {
        this.exportDialogs = exportDialogs;
        this.appearance = appearance;
    }

    /** What the dashboard's empty state offers: go to the entry screen, or open the demo database. */
    void waysIn(Runnable enterFirstDayAction, Runnable openDemoAction) {
        this.enterFirstDay = enterFirstDayAction;
        this.openDemo = openDemoAction;
    }

    void databaseOpened(AppServices opened) {
        services = Optional.of(opened);
    }

    /* Settings with its backups section filled by the backups pane (issue 8). */
    private Node settings(AppServices services) {
        SettingsView view = new SettingsView(new SettingsViewModel(services));
        if (services.team().isTeam()) {
            view.showTeamBackupsNote(); // LoopWatch backs up files; a team database's server is backed up by its administrator
        } else {
            view.backupsSection().getChildren().setAll(new BackupsPane(new BackupsViewModel(services)));
        }
        view.addAppearance(appearance);
        return view;
    }

    Node create(Screen screen) {
        if (services.isEmpty()) {
            return new PlaceholderScreen(screen, org.loopwatch.domain.text.Texts.of(ScreenFactory.class).get("placeholder.opening"));
        }
        return switch (screen) {
            case DASHBOARD -> dashboard(services.get());
            case ENTRY -> new EntryView(new EntryViewModel(services.get()));
            case DATA -> new DataView(new DataViewModel(services.get()));
            case COMPARE -> new CompareView(new CompareViewModel(services.get()));
            case AUDIT -> new AuditView(new AuditViewModel(services.get()));
            case SETTINGS -> settings(services.get());
        };
    }

    private Node dashboard(AppServices opened) {
        DashboardViewModel dashboard = new DashboardViewModel(opened);
        DashboardView view = new DashboardView(dashboard, new DashboardExportViewModel(opened, dashboard, exportDialogs));
        view.offerWaysIn(enterFirstDay, openDemo);
        return view;
    }
}
