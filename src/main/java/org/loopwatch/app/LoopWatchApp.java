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
import org.loopwatch.store.StoreException;
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

        FxDialogService dialogs = new FxDialogService(stage);
        Runnable wire = () -> {
            AppServices services = new AppServices(database, tasks, dialogs, changes, Clock.systemDefaultZone());
            screens.databaseOpened(services);
            view.reloadScreens();
            changes.versionProperty().addListener((observable, before, after) -> refreshStatus(shell));
        };
        tasks.run(() -> openDatabase(file),
                opened -> {
                    shell.databaseOpened(opened);
                    wire.run();
                    takeDailyBackup(dialogs);
                },
                failure -> {
                    shell.databaseFailed(file.toString());
                    if (failure instanceof StoreException problem && problem.kind() == StoreException.Problem.CORRUPT) {
                        new DamagedDatabaseOffer(stage, tasks, dialogs).offer(file, problem, restored -> {
                            database = restored;
                            tasks.run(() -> StatusReader.read(restored), status -> {
                                shell.databaseOpened(status);
                                wire.run();
                            }, error -> shell.databaseFailed(file.toString()));
                        });
                    } else {
                        OpenFailure.show(dialogs, file, failure);
                    }
                });
    }

    /* The first start of a day backs the database up; a failed backup is reported, the app goes on. */
    private void takeDailyBackup(FxDialogService dialogs) {
        Database open = database;
        tasks.run(open::dailyBackupIfDue, written -> { },
                failure -> dialogs.showError("The daily backup failed", failure.getMessage(),
                        "Your database is fine and LoopWatch goes on working. Free some disk space or check the "
                                + "backups folder, then use Settings › Backups › Back up now."));
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
