package org.loopwatch.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.dashboard.DashboardExportViewModel;

/**
 * File → Export chart… (Ctrl+Shift+E), Export briefing… (Ctrl+Shift+B), Print briefing… (Ctrl+P)
 * and the daily statement (copy, PDF), SPEC §4. Each runs the dashboard's own export, so it takes
 * the dashboard's current period, groups and stage: the same code path as its buttons. From
 * another screen the dashboard comes to the front first (what is exported is then in view); a
 * dashboard just built starts once its figures are read.
 */
final class ExportMenu {

    private static final Texts TEXT = Texts.of(ExportMenu.class);

    private final ObservableValue<DashboardExportViewModel> exports;
    private final Runnable showDashboard;
    private final List<MenuItem> items;

    /**
     * @param exports       the exports of the dashboard built last on the open database (null before)
     * @param showDashboard brings the dashboard to the front, building it when needed
     */
    ExportMenu(ObservableValue<DashboardExportViewModel> exports, Runnable showDashboard) {
        this.exports = exports;
        this.showDashboard = showDashboard;
        items = List.of(
                item("menuExportChart", "menu.exportChart", shortcut(KeyCode.E, true), DashboardExportViewModel::exportChart),
                item("menuExportBriefing", "menu.exportBriefing", shortcut(KeyCode.B, true),
                        DashboardExportViewModel::exportBriefing),
                item("menuPrintBriefing", "menu.printBriefing", shortcut(KeyCode.P, false),
                        DashboardExportViewModel::printBriefing),
                item("menuCopyStatement", "menu.copyStatement", null, DashboardExportViewModel::copyStatement),
                item("menuExportStatement", "menu.exportStatement", null, DashboardExportViewModel::exportStatement));
    }

    /** Adds the items and a separator before Quit, i.e. after the items installed so far. */
    void install(Menu fileMenu) {
        int beforeQuit = Math.max(0, fileMenu.getItems().size() - 1);
        List<MenuItem> added = new java.util.ArrayList<>(items);
        added.add(new SeparatorMenuItem());
        fileMenu.getItems().addAll(beforeQuit, added);
        exports.addListener((observable, before, now) -> follow(now));
        follow(exports.getValue());
    }

    /* Disabled while the dashboard has nothing to export or exports already, as its buttons are. */
    private void follow(DashboardExportViewModel now) {
        for (MenuItem item : items) {
            item.disableProperty().unbind();
            if (now == null) {
                item.setDisable(false); // no dashboard yet: the item builds it
            } else {
                item.disableProperty().bind(now.canExportProperty().not());
            }
        }
    }

    private MenuItem item(String id, String key, KeyCombination accelerator, Consumer<DashboardExportViewModel> action) {
        MenuItem item = new MenuItem(TEXT.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> run(action));
        return item;
    }

    private void run(Consumer<DashboardExportViewModel> action) {
        showDashboard.run();
        DashboardExportViewModel model = exports.getValue();
        if (model == null) {
            return; // no database open yet: there is nothing to export
        }
        if (model.canExportProperty().get()) {
            action.accept(model);
        } else if (model.waitingForFigures()) {
            model.canExportProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean now) {
                    if (now) {
                        observable.removeListener(this);
                        action.accept(model);
                    }
                }
            });
        }
    }

    private static KeyCombination shortcut(KeyCode key, boolean shift) {
        return shift ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
