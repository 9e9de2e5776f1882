package org.loopwatch.ui.settings;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.AppearanceViewModel;

/**
 * Settings in tabs, one per section: Groups, Rollups, Event, Defaults, Database. Ctrl+Tab moves
 * between tabs; every control is reachable with Tab. Each change is saved through the store (and
 * audited there), then every screen is told that the data changed.
 */
public final class SettingsView extends VBox implements org.loopwatch.ui.FocusWhenShown {

    private static final Texts TEXT = Texts.of(SettingsView.class);

    private final DatabaseSection database;
    /* Held by the screen: it listens for data changes only weakly, and without this the listener was
       collected, so the rollups kept old group names until a rollup was saved (issue 15). */
    private final SettingsViewModel viewModel;
    private final TabPane tabs;

    public SettingsView(SettingsViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        getStyleClass().add("settings-screen");
        // Hidden screens stay out of the way of a save; shown again, they catch up (RefreshWhileShown).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));
        getStylesheets().add(Objects.requireNonNull(SettingsView.class.getResource("settings.css"), "settings.css")
                .toExternalForm());
        Label title = new Label(TEXT.get("settings.title"));
        title.getStyleClass().add("screen-title");
        database = new DatabaseSection(viewModel.database());
        tabs = new TabPane(
                tab("settingsTabGroups", TEXT.get("tab.groups"), SectionLayout.card(TEXT.get("tab.groups"),
                        TEXT.get("card.groups.purpose"),
                        adminOnly(viewModel, new GroupsSection(viewModel.groups())))),
                tab("settingsTabRollups", TEXT.get("tab.rollups"), SectionLayout.card(TEXT.get("tab.rollups"),
                        TEXT.get("card.rollups.purpose"),
                        adminOnly(viewModel, new RollupsSection(viewModel.rollups())))),
                tab("settingsTabEvent", TEXT.get("tab.event"), SectionLayout.card(TEXT.get("tab.event"),
                        TEXT.get("card.event.purpose"),
                        adminOnly(viewModel, new EventSection(viewModel.event())))),
                tab("settingsTabDefaults", TEXT.get("tab.defaults"), SectionLayout.card(TEXT.get("tab.defaults"),
                        TEXT.get("card.defaults.purpose"),
                        adminOnly(viewModel, new DefaultsSection(viewModel.defaults())))),
                tab("settingsTabAlerts", TEXT.get("alerts.tab"), SectionLayout.card(TEXT.get("alerts.title"),
                        TEXT.get("alerts.purpose"), adminOnly(viewModel, new AlertRulesSection(viewModel.alertRules())))),
                tab("settingsTabDatabase", TEXT.get("tab.database"), SectionLayout.card(TEXT.get("tab.database"),
                        TEXT.get("card.database.purpose"), database)));
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, tabs);
        viewModel.load();
    }

    /* On a team database without loopwatch_admin a section is shown but not changeable, and says why. */
    private static Node adminOnly(SettingsViewModel viewModel, Node section) {
        if (viewModel.adminRefusal().isEmpty()) {
            return section;
        }
        section.setDisable(true);
        Label notice = new Label(viewModel.adminRefusal().get());
        notice.getStyleClass().addAll("role-notice", "settings-role-notice");
        notice.setWrapText(true);
        return new VBox(8, notice, section);
    }

    /** Adds the Appearance tab: language, theme and zoom, kept per user rather than in the database. */
    public void addAppearance(AppearanceViewModel appearance) {
        tabs.getTabs().add(tab("settingsTabAppearance", TEXT.get("appearance.tab"), AppearanceSection.card(appearance)));
    }

    /** Says, in place of the backups, that a team database is backed up on its server. */
    public void showTeamBackupsNote() {
        Label note = new Label(TEXT.get("backups.team"));
        note.setId("settingsTeamBackups");
        note.setWrapText(true);
        database.backupsSection().getChildren().setAll(note);
    }

    /** The "Backups" section on the Database tab, for the backups feature (issue 8) to fill. */
    public VBox backupsSection() {
        return database.backupsSection();
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    /** The tabs: Left and Right move between the sections. */
    @Override
    public void focusWhenShown() {
        tabs.requestFocus();
    }
}
