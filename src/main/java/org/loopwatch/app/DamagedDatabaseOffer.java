package org.loopwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.store.BackupInfo;
import org.loopwatch.store.Backups;
import org.loopwatch.store.Database;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.TaskExecutor;
import org.loopwatch.ui.DialogService;

/**
 * At start, a database that fails SQLite's check: says what is wrong and offers to restore the
 * newest backup that passes a full check. Restoring keeps the damaged file aside (renamed, never
 * overwritten or deleted). Ids: {@code #damagedDatabaseText}, buttons {@code #restoreNewestBackup}
 * and {@code #keepDamagedDatabase}.
 */
final class DamagedDatabaseOffer {


    private final Window owner;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    DamagedDatabaseOffer(Window owner, TaskExecutor tasks, DialogService dialogs) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Looks for a good backup off the FX thread, then asks; after a restore {@code restored} runs
     * on the FX thread (the app then opens the file as usual).
     */
    void offer(Path file, StoreException problem, Runnable restored) {
        tasks.run(() -> Backups.of(file).newestGood(), (Optional<BackupInfo> good) -> {
            if (good.isEmpty()) {
                dialogs.showError("LoopWatch cannot open its database", problem.getMessage(),
                        "No good backup was found in " + Backups.of(file).folder() + ". The file was left unchanged; "
                                + "keep it, and start LoopWatch with --db PATH to work in another file meanwhile.");
            } else {
                ask(file, problem, good.get(), restored);
            }
        }, failure -> OpenFailure.show(dialogs, file, problem));
    }

    private void ask(Path file, StoreException problem, BackupInfo backup, Runnable restored) {
        ButtonType restore = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Close without changes", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, keep);
        alert.initOwner(owner);
        alert.setTitle("The database is damaged");
        alert.setHeaderText("The database is damaged");
        Label body = new Label(problem.getMessage() + "\n\nThe newest good backup is from "
                + org.loopwatch.domain.text.DateStyle.dateTime(backup.takenAt().atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault()) + ": " + RateFormat.count(backup.rows())
                + (backup.rows() == 1 ? " entry" : " entries")
                + backup.lastEntry().map(day -> ", last entry " + org.loopwatch.domain.text.DateStyle.date(day)).orElse("") + ". "
                + "Restoring it puts the damaged file aside under a new name (it is never deleted); "
                + "changes made after the backup are not in it.");
        body.setId("damagedDatabaseText");
        body.setWrapText(true);
        // A wrapping label still asks for its unwrapped width; fix it, or a long path makes the
        // dialog wider than the screen and puts its buttons out of reach.
        body.setPrefWidth(600);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().lookupButton(restore).setId("restoreNewestBackup");
        alert.getDialogPane().lookupButton(keep).setId("keepDamagedDatabase");
        alert.setOnHidden(event -> {
            if (alert.getResult() == restore) {
                tasks.run(() -> {
                    Database.restoreDamaged(file, backup.file(), Clock.systemUTC()).close();
                    return null;
                }, done -> restored.run(), failure -> OpenFailure.show(dialogs, file, failure));
            }
        });
        alert.show();
    }
}
