package org.loopwatch.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.loopwatch.io.DemoDataSet;
import org.loopwatch.ui.DialogService;
import org.loopwatch.ui.csv.CsvDialogs;

/**
 * File → "Open demo database…" and "Open my database": switches the window between the person's
 * database and a separate demo file beside it, so demo rows never mix with real data.
 */
final class DemoMenu {

    private final ActiveDatabase active;
    private final Path ownFile;
    private final CsvDialogs questions;
    private final DialogService dialogs;
    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DemoMenu.class);

    private final MenuItem openOwn = new MenuItem(TEXT.get("demo.openOwn"));

    DemoMenu(ActiveDatabase active, Path ownFile, CsvDialogs questions, DialogService dialogs) {
        this.active = active;
        this.ownFile = ownFile;
        this.questions = questions;
        this.dialogs = dialogs;
    }

    /** The demo database's file: beside the database the app was started with. */
    Path demoFile() {
        return ownFile.toAbsolutePath().resolveSibling(DemoDataSet.FILE_NAME);
    }

    /** Adds the items to the File menu, above Quit. */
    void install(Menu fileMenu) {
        MenuItem openDemo = new MenuItem(TEXT.get("demo.open"));
        openDemo.setId("menuOpenDemo");
        openDemo.setOnAction(event -> openDemo());
        openOwn.setId("menuOpenOwn");
        openOwn.setDisable(true);
        openOwn.setOnAction(event -> openOwn());
        int beforeQuit = Math.max(0, fileMenu.getItems().size() - 1);
        fileMenu.getItems().addAll(beforeQuit, List.of(openDemo, openOwn, new SeparatorMenuItem()));
    }

    /** Call when a database was opened, to offer the way back from the demo. */
    void databaseOpened(boolean demo) {
        openOwn.setDisable(!demo);
    }

    void openDemo() {
        if (active.isDemo()) {
            return;
        }
        boolean go = questions.confirm(TEXT.get("demo.confirm.title"), TEXT.format("demo.confirm.text",
                DemoDataSet.eventName(), demoFile().toString()), TEXT.get("demo.confirm.ok"));
        if (go) {
            active.open(demoFile(), true, failure -> dialogs.showError(TEXT.get("demo.failed.title"),
                    OpenFailure.inWindow(failure), TEXT.get("demo.failed.todo")));
        }
    }

    private void openOwn() {
        active.open(ownFile, false, failure -> dialogs.showError(TEXT.get("demo.backFailed.title"),
                OpenFailure.inWindow(failure), TEXT.get("demo.backFailed.todo")));
    }
}
