package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.io.CsvImportException;
import org.loopwatch.io.CsvImporter;
import org.loopwatch.io.ImportCancelledException;
import org.loopwatch.io.ImportMonitor;
import org.loopwatch.io.ImportOptions;
import org.loopwatch.io.ImportPhase;
import org.loopwatch.io.ImportPlan;
import org.loopwatch.io.ImportPreview;
import org.loopwatch.io.ImportProblem;
import org.loopwatch.store.ChangeRefusedException;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;

/**
 * One CSV import in the app: checks the whole file on the background thread, asks before creating
 * groups or replacing rows when those are the only problems, then writes with progress. Cancel
 * stops it with the database unchanged. Properties change on the FX thread only.
 */
public final class CsvImportViewModel {

    private static final Texts TEXT = Texts.of(CsvImportViewModel.class);

    private final AppServices services;
    private final CsvDialogs dialogs;
    private final ReadOnlyObjectWrapper<ImportState> state = new ReadOnlyObjectWrapper<>(ImportState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    public CsvImportViewModel(AppServices services, CsvDialogs dialogs) {
        this.services = services;
        this.dialogs = dialogs;
    }

    public ReadOnlyObjectProperty<ImportState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The bad rows of a failed import, in line order. */
    public ObservableList<ImportProblem> problems() {
        return problemsView;
    }

    /** Asks for a file and imports it. */
    public void chooseAndImport() {
        dialogs.chooseFileToImport().ifPresent(this::importFile);
    }

    /** Imports {@code file}: checks it all, asks about new groups and replacements, then writes. */
    public void importFile(Path file) {
        if (state.get() == ImportState.RUNNING) {
            return;
        }
        fileName.set(file.getFileName().toString());
        problems.clear();
        cancelled = new AtomicBoolean();
        check(file, ImportOptions.STRICT);
    }

    /** Stops the running import; nothing it did stays in the database. */
    public void cancel() {
        if (state.get() == ImportState.RUNNING) {
            cancelled.set(true);
            status.set(TEXT.get("import.cancelling"));
        }
    }

    /** The problems as tab-separated text with a header line, for the clipboard or a spreadsheet. */
    public static String asText(List<ImportProblem> rows) {
        return "line\tcolumn\treason\n" + rows.stream()
                .map(p -> p.line() + "\t" + p.column() + "\t" + p.reason().replace('\t', ' ').replace('\n', ' '))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private void check(Path file, ImportOptions options) {
        running(TEXT.format("import.running", ImportPhase.READING.label()));
        CsvImporter importer = new CsvImporter(services.database(), services.clock());
        ImportMonitor monitor = monitor(cancelled);
        services.tasks().run(() -> importer.preview(file, options, monitor),
                preview -> previewed(file, options, importer, preview, monitor),
                this::failed);
    }

    /*
     * The preview comes before any write (issue 15): new, identical, changed and bad rows and the
     * warnings grouped, then Import or Cancel. A file with problems goes the old way: offer to
     * create groups or replace rows when those are all, else list every bad row.
     */
    private void previewed(Path file, ImportOptions options, CsvImporter importer, ImportPreview preview,
                           ImportMonitor monitor) {
        if (!preview.canImport()) {
            checkFailed(file, options, preview.problems());
            return;
        }
        StringBuilder text = new StringBuilder(TEXT.format("preview.summary", preview.newRows(), preview.identical(),
                preview.changed(), preview.badRows()));
        if (!preview.warnings().isEmpty()) {
            text.append("\n\n").append(TEXT.get("preview.warnings"));
            for (ImportPreview.Group group : preview.warnings()) {
                text.append("\n• ").append(TEXT.format("preview.group", group.rows(), group.firstLine(), group.example()));
            }
        }
        text.append("\n\n").append(TEXT.get("preview.question"));
        boolean go = preview.changed() > 0
                ? dialogs.confirmDestructive(TEXT.format("preview.title", fileName.get()), text.toString(),
                        TEXT.get("preview.import"))
                : dialogs.confirm(TEXT.format("preview.title", fileName.get()), text.toString(), TEXT.get("preview.import"));
        if (go) {
            write(importer, preview.plan().orElseThrow(), monitor);
        } else {
            finish(ImportState.CANCELLED, TEXT.get("preview.cancelled"));
        }
    }

    private void checkFailed(Path file, ImportOptions options, List<ImportProblem> found) {
        CsvImportException bad = new CsvImportException(found);
        Set<ImportProblem.Kind> kinds = bad.problems().stream().map(ImportProblem::kind).collect(Collectors.toSet());
        boolean onlyAskable = !kinds.contains(ImportProblem.Kind.OTHER);
        boolean unknownGroups = kinds.contains(ImportProblem.Kind.UNKNOWN_GROUP) || kinds.contains(ImportProblem.Kind.MISSPELT_GROUP);
        if (onlyAskable && unknownGroups && !options.createGroups()) {
            if (askToCreateGroups(bad.problems())) {
                check(file, new ImportOptions(options.replaceExisting(), true));
                return;
            }
        } else if (onlyAskable && kinds.equals(Set.of(ImportProblem.Kind.CONFLICT)) && !options.replaceExisting()) {
            if (askToReplace(bad.problems().size())) {
                check(file, new ImportOptions(true, options.createGroups()));
                return;
            }
        }
        problems.setAll(bad.problems());
        long lines = bad.problems().stream().mapToLong(ImportProblem::line).distinct().count();
        finish(ImportState.FAILED, TEXT.format("import.notImported", fileName.get(), bad.problems().size(), lines));
    }

    /*
     * Asks whether to create the file's new groups. When some of them look like groups the database
     * has, misspelt ("Atheletes"), it says so and Enter answers Cancel, which lists the rows with the
     * name each was likely meant to be: a reflex key press must not make a typo a group of its own.
     */
    private boolean askToCreateGroups(List<ImportProblem> found) {
        String names = groupNames(found, ImportProblem.Kind.UNKNOWN_GROUP, ImportProblem.Kind.MISSPELT_GROUP);
        String misspelt = groupNames(found, ImportProblem.Kind.MISSPELT_GROUP);
        String title = TEXT.get("import.createGroups.title");
        if (misspelt.isEmpty()) {
            return dialogs.confirm(title, TEXT.format("import.createGroups.question", fileName.get(), names),
                    TEXT.get("import.createGroups.ok"));
        }
        return dialogs.confirmDestructive(title, TEXT.format("import.createGroups.questionMisspelt", fileName.get(), names,
                misspelt), TEXT.get("import.createGroups.ok"));
    }

    private static String groupNames(List<ImportProblem> found, ImportProblem.Kind... kinds) {
        Set<ImportProblem.Kind> wanted = Set.of(kinds);
        return found.stream().filter(p -> wanted.contains(p.kind())).map(ImportProblem::value)
                .distinct().collect(Collectors.collectingAndThen(Collectors.toList(), ListStyle::names));
    }

    private boolean askToReplace(int conflicts) {
        return dialogs.confirmDestructive(TEXT.get("import.replace.title"), TEXT.format("import.replace.question",
                conflicts, fileName.get()), TEXT.get("import.replace.ok"));
    }

    private void write(CsvImporter importer, ImportPlan plan, ImportMonitor monitor) {
        running(TEXT.format("import.running", ImportPhase.WRITING.label()));
        services.tasks().run(() -> importer.write(plan, monitor), result -> succeeded(plan, result), this::failed);
    }

    private void succeeded(ImportPlan plan, ImportResult result) {
        services.changes().changed();
        String groups = plan.newGroups().isEmpty() ? ""
                : TEXT.format("import.newGroups", ListStyle.names(plan.newGroups()));
        String warnings = plan.warnings().isEmpty() ? "" : TEXT.format("import.warnings", plan.warnings().size(),
                String.valueOf(plan.warnings().getFirst()));
        problems.setAll(plan.warnings());
        progress.set(1);
        finish(ImportState.SUCCEEDED, TEXT.format("import.done", plan.rows().size(), fileName.get(), result.inserted(),
                result.replaced(), groups, warnings));
    }

    private void failed(Throwable failure) {
        if (failure instanceof ImportCancelledException) {
            finish(ImportState.CANCELLED, TEXT.get("import.cancelled"));
        } else if (failure instanceof StoreException || failure instanceof ChangeRefusedException) {
            finish(ImportState.FAILED, failure.getMessage());
        } else {
            finish(ImportState.FAILED, TEXT.format("import.unexpected", String.valueOf(failure)));
        }
    }

    private void running(String message) {
        state.set(ImportState.RUNNING);
        progress.set(-1);
        status.set(message);
    }

    private void finish(ImportState end, String message) {
        status.set(message);
        state.set(end);
    }

    /* Called on the background thread: hands progress to the FX thread. */
    private ImportMonitor monitor(AtomicBoolean cancelFlag) {
        return new ImportMonitor() {
            @Override
            public void progress(ImportPhase phase, long done, long total) {
                double fraction = total > 0 ? (double) done / total : -1;
                String text = total > 0 ? TEXT.format("import.progress", phase.label(), done, total)
                        : TEXT.format("import.running", phase.label());
                services.tasks().later(() -> {
                    if (state.get() == ImportState.RUNNING && !cancelFlag.get()) {
                        progress.set(fraction);
                        status.set(text);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelFlag.get();
            }
        };
    }


}
