package org.loopwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopwatch.cli.GlobalArguments;
import org.loopwatch.store.Database;
import org.loopwatch.store.DatabaseLocation;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.BackgroundTasks;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.StatusSnapshot;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.ShellViewModel;

/**
 * The desktop application: shows the main window at once, then opens the database on the
 * background thread and wires the screens to it.
 */
public final class LoopWatchApp extends Application {

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final DataChanges changes = new DataChanges();
    private volatile Database database;

    @Override
    public void start(Stage stage) {
        Path file = GlobalArguments.parse(getParameters().getRaw().toArray(String[]::new))
                .database().orElseGet(DatabaseLocation::defaultFile);
        ShellViewModel shell = new ShellViewModel();
        ScreenFactory screens = new ScreenFactory();
        ShellView view = new ShellView(shell, screens::create);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                ShellView.class.getResource("loopwatch.css"), "loopwatch.css").toExternalForm());
        view.installShortcuts(scene);
        stage.setTitle("LoopWatch");
        stage.getIcons().addAll(AppIcons.load());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        StartupProbe.watchFirstFrame(scene);

        FxDialogService dialogs = new FxDialogService(stage);
        tasks.run(() -> openDatabase(file),
                opened -> {
                    shell.databaseOpened(opened);
                    AppServices services = new AppServices(database, tasks, dialogs, changes, Clock.systemDefaultZone());
                    screens.databaseOpened(services);
                    view.reloadScreens();
                    changes.versionProperty().addListener((observable, before, after) -> refreshStatus(shell));
                    StartupProbe.databaseReady();
                },
                failure -> {
                    shell.databaseFailed(file.toString());
                    OpenFailure.show(dialogs, file, failure);
                });
    }

    private void refreshStatus(ShellViewModel shell) {
        Database open = database;
        tasks.run(() -> StatusReader.read(open), shell::update,
                failure -> shell.databaseFailed(open.file().toString()));
    }

    private StatusSnapshot openDatabase(Path file) {
        database = Database.open(file, OpenMode.CREATE_IF_MISSING);
        return StatusReader.read(database);
    }

    @Override
    public void stop() {
        tasks.close();
        Database open = database;
        if (open != null) {
            open.close();
        }
    }

}
