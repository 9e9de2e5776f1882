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

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DamagedDatabaseOffer.class);


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
                dialogs.showError(TEXT.get("cannotOpen.title"), problem.desktopMessage(),
                        TEXT.format("damaged.noBackup", String.valueOf(Backups.of(file).folder())));
            } else {
                ask(file, problem, good.get(), restored);
            }
        }, failure -> OpenFailure.show(dialogs, file, problem));
    }

    private void ask(Path file, StoreException problem, BackupInfo backup, Runnable restored) {
        ButtonType restore = new ButtonType(TEXT.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(TEXT.get("damaged.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, keep);
        alert.initOwner(owner);
        alert.setTitle(TEXT.get("damaged.title"));
        alert.setHeaderText(TEXT.get("damaged.title"));
        Label body = new Label(TEXT.format("damaged.body", problem.desktopMessage(),
                org.loopwatch.domain.text.DateStyle.dateTime(backup.takenAt().atZone(java.time.ZoneId.systemDefault())
                        .toInstant(), java.time.ZoneId.systemDefault()), backup.rows(),
                backup.lastEntry().map(day -> TEXT.format("damaged.lastEntry", org.loopwatch.domain.text.DateStyle.date(day)))
                        .orElse("")));
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
