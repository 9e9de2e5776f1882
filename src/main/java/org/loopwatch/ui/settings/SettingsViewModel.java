package org.loopwatch.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.RefreshWhileShown;

/**
 * The settings screen: one view model per section, each with its own messages, all reloaded after
 * any data change (a group added by an import shows up here too) — at once while the screen is
 * shown, once when it is shown again if changes came while it was hidden ({@link RefreshWhileShown}:
 * a team desk has every other desk's saves told to it, and six sections read after each was work
 * for a screen nobody looked at). Unsaved typing in the event and defaults forms survives a reload.
 */
public final class SettingsViewModel {

    private final GroupsViewModel groups;
    private final RollupsViewModel rollups;
    private final EventViewModel event;
    private final DefaultsViewModel defaults;
    private final AlertRulesViewModel alertRules;
    private final DatabaseViewModel database;
    // Held strongly here, registered weakly on DataChanges, so a dropped screen stops refreshing.
    private final RefreshWhileShown refresh = new RefreshWhileShown(this::load);
    private final ChangeListener<Number> dataChanged = (observable, before, after) -> refresh.changed();

    private final java.util.Optional<String> adminRefusal;

    public SettingsViewModel(AppServices services) {
        adminRefusal = services.team().refusal(org.loopwatch.ui.TeamAccess.Work.SETTINGS);
        groups = new GroupsViewModel(new SectionWork(services));
        rollups = new RollupsViewModel(new SectionWork(services));
        event = new EventViewModel(new SectionWork(services));
        defaults = new DefaultsViewModel(new SectionWork(services));
        alertRules = new AlertRulesViewModel(new SectionWork(services));
        database = new DatabaseViewModel(new SectionWork(services));
        services.changes().versionProperty().addListener(new WeakChangeListener<>(dataChanged));
    }

    /** Tells the screen whether it is shown: hidden, it reads again only once shown. */
    public void shown(boolean shown) {
        refresh.shown(shown);
    }

    /** Reads every section from the database. */
    public void load() {
        groups.load();
        rollups.load();
        event.load();
        defaults.load();
        alertRules.load();
        database.load();
    }

    /**
     * Why groups, rollups, event and defaults are read only here (a team database's user without
     * {@code loopwatch_admin}), naming the role; empty when they may be changed.
     */
    public java.util.Optional<String> adminRefusal() {
        return adminRefusal;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    public RollupsViewModel rollups() {
        return rollups;
    }

    public EventViewModel event() {
        return event;
    }

    public DefaultsViewModel defaults() {
        return defaults;
    }

    /** Alert rules per group and stage (issue 21). */
    public AlertRulesViewModel alertRules() {
        return alertRules;
    }

    public DatabaseViewModel database() {
        return database;
    }
}
