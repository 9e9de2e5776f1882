package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.loopwatch.io.CsvExporter;
import org.loopwatch.ui.AppServices;

/** Exports every entry to a CSV file in the import format, on the background thread. */
public final class CsvExportViewModel {

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
                rows -> dialogs.showInfo("Export finished", String.format(Locale.ENGLISH,
                        "Wrote %,d %s to %s. Cells a spreadsheet would run as a formula start with an apostrophe; "
                                + "LoopWatch removes it again on import.", rows, rows == 1 ? "entry" : "entries", file)),
                failure -> services.dialogs().showError("Export failed", file + " could not be written ("
                        + failure.getMessage() + ").", "Nothing else was changed. Choose another folder and try again."));
    }
}
