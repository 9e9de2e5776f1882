package org.loopwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.RecentDatabases;
import org.loopwatch.ui.DialogService;
import org.loopwatch.ui.TaskExecutor;

/**
 * File → New database…, Open database… and Open recent: switching the window to another database
 * file without restarting with {@code --db}. A new database is never made over an existing file;
 * a file that cannot be opened is reported and the open one stays.
 */
final class DatabaseMenu {

    private static final Texts TEXT = Texts.of(DatabaseMenu.class);

    private final ActiveDatabase active;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final DatabaseFileChooser files;
    private final RecentDatabases recent;
    private final Menu openRecent = new Menu(TEXT.get("menu.recent"));

    DatabaseMenu(ActiveDatabase active, DialogService dialogs, TaskExecutor tasks, DatabaseFileChooser files,
                 RecentDatabases recent) {
        this.active = active;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.files = files;
        this.recent = recent;
    }

    /** Adds the items at the top of the File menu. */
    void install(Menu fileMenu) {
        MenuItem create = new MenuItem(TEXT.get("menu.new"));
        create.setId("menuNewDatabase");
        create.setOnAction(event -> chooseNew());
        MenuItem open = new MenuItem(TEXT.get("menu.open"));
        open.setId("menuOpenDatabase");
        open.setOnAction(event -> chooseToOpen());
        openRecent.setId("menuOpenRecent");
        fileMenu.getItems().addAll(0, List.of(create, open, openRecent, new SeparatorMenuItem()));
        tasks.run(recent::read, this::showRecent, failure -> showRecent(List.of()));
    }

    /** Call when a database was opened: it goes to the top of Open recent. */
    void databaseOpened(Path file, boolean demo) {
        if (!demo) {
            tasks.run(() -> recent.opened(file), this::showRecent, failure -> { });
        }
    }

    private void showRecent(List<Path> recentFiles) {
        openRecent.getItems().clear();
        for (Path file : recentFiles) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open(file));
            openRecent.getItems().add(item);
        }
        openRecent.setDisable(recentFiles.isEmpty());
    }

    private void chooseToOpen() {
        files.chooseToOpen().ifPresent(this::open);
    }

    private void chooseNew() {
        files.chooseNew().ifPresent(file -> {
            if (Files.exists(file)) {
                // The system's save dialog offers to overwrite; a database is never made over a file.
                dialogs.showError(TEXT.get("new.exists.title"), TEXT.format("new.exists.what", file),
                        TEXT.get("new.exists.todo"));
            } else {
                open(file);
            }
        });
    }

    void open(Path file) {
        active.open(file, false, failure -> dialogs.showError(TEXT.get("open.failed.title"), OpenFailure.inWindow(failure),
                TEXT.get("open.failed.todo")));
    }
}
