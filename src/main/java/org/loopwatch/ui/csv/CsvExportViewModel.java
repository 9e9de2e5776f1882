package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.io.CsvExporter;
import org.loopwatch.ui.AppServices;

/** Exports every entry to a CSV file in the import format, on the background thread. */
public final class CsvExportViewModel {

    private static final Texts TEXT = Texts.of(CsvExportViewModel.class);

    private final AppServices services;
    private final CsvDialogs dialogs;

    public CsvExportViewModel(AppServices services, CsvDialogs dialogs) {
        this.services = services;
        this.dialogs = dialogs;
    }

    /** Asks where to save, then writes the file. */
    public void chooseAndExport() {
        dialogs.chooseFileToExport(CsvExporter.suggestedName(Optional.empty(), Optional.empty())).ifPresent(this::export);
    }

    public void export(Path file) {
        services.tasks().run(() -> CsvExporter.export(services.database(), Optional.empty(), Optional.empty(), file),
                rows -> dialogs.showInfo(TEXT.get("csvExport.doneTitle"), TEXT.format("csvExport.done", rows, file)),
                failure -> services.dialogs().showError(TEXT.get("xlsxExport.failedTitle"),
                        TEXT.format("xlsxExport.failed", file, failure.getMessage()), TEXT.get("xlsxExport.failedHint")));
    }
}
