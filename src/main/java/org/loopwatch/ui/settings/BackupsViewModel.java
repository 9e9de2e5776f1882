package org.loopwatch.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.store.BackupInfo;
import org.loopwatch.store.BackupReason;
import org.loopwatch.store.RestoreResult;
import org.loopwatch.ui.AppServices;

/**
 * The backups section of Settings: lists the backups, takes one on request, and restores the
 * chosen one after the person confirmed. All file work runs on the background thread; properties
 * change on the FX thread only. A restore replaces the data under every screen, so it ends with
 * {@code changes().changed()}.
 */
public final class BackupsViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(BackupsViewModel.class);

    private final AppServices services;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BackupRow> pendingRestore = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRestore;

    public BackupsViewModel(AppServices services) {
        this.services = services;
        canRestore = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().restorable() && !busy.get(), selected, busy);
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    /** The backup waiting for the person's confirmation; null when none. */
    public ReadOnlyObjectProperty<BackupRow> pendingRestoreProperty() {
        return pendingRestore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What happened last, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** The folder the backups live in, for the explanation above the list. */
    public String folderText() {
        return services.database().backups().folder().toString();
    }

    /** Reads the list of backups again. */
    public void refresh() {
        services.tasks().run(() -> services.database().backups().list(), this::show, this::showFailure);
    }

    /** Takes a backup now. */
    public void backUpNow() {
        busy.set(true);
        services.tasks().run(() -> services.database().backupNow(BackupReason.MANUAL),
                (BackupInfo written) -> {
                    busy.set(false);
                    report(TEXT.format("backups.written", String.valueOf(written.file().getFileName())));
                    refresh();
                },
                this::fail);
    }

    /** Asks for confirmation to restore the selected backup. */
    public void askToRestore() {
        if (canRestore.get()) {
            pendingRestore.set(selected.get());
        }
    }

    public void cancelRestore() {
        pendingRestore.set(null);
    }

    /** Restores the backup that waits for confirmation. */
    public void confirmRestore() {
        BackupRow chosen = pendingRestore.get();
        if (chosen == null) {
            return;
        }
        pendingRestore.set(null);
        busy.set(true);
        report(TEXT.format("backups.restoring", chosen.describe()));
        services.tasks().run(() -> services.database().restoreFrom(chosen.file()),
                (RestoreResult restored) -> {
                    busy.set(false);
                    report(TEXT.format("backups.restored", chosen.describe(),
                            String.valueOf(restored.previousKept().getFileName())));
                    services.changes().changed();
                    refresh();
                },
                this::fail);
    }

    private void show(List<BackupInfo> list) {
        BackupRow wasSelected = selected.get();
        backups.setAll(list.stream().map(BackupRow::of).toList());
        selected.set(wasSelected == null ? null
                : backups.stream().filter(row -> row.file().equals(wasSelected.file())).findFirst().orElse(null));
    }

    private void report(String text) {
        failed.set(false);
        message.set(text);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        showFailure(failure);
        refresh();
    }

    private void showFailure(Throwable failure) {
        failed.set(true);
        message.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }
}
