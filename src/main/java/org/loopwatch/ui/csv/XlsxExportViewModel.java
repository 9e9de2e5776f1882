package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.io.XlsxExporter;
import org.loopwatch.report.ChartDataTables;
import org.loopwatch.ui.AppServices;

/** Exports every entry, the summary and the charts' data to an Excel workbook (a sheet each), on the background thread. */
public final class XlsxExportViewModel {

    private static final Texts TEXT = Texts.of(XlsxExportViewModel.class);

    private final AppServices services;
    private final CsvDialogs dialogs;

    public XlsxExportViewModel(AppServices services, CsvDialogs dialogs) {
        this.services = services;
        this.dialogs = dialogs;
    }

    /** Asks where to save, then writes the workbook. */
    public void chooseAndExport() {
        dialogs.chooseWorkbookToExport("loopwatch-results.xlsx").ifPresent(this::export);
    }

    public void export(Path file) {
        services.tasks().run(() -> XlsxExporter.export(services.database(), Optional.empty(), Optional.empty(), file,
                ChartDataTables.of(services.database(), Optional.empty(), Optional.empty(), services.clock())),
                rows -> dialogs.showInfo(TEXT.get("xlsxExport.doneTitle"), TEXT.format("xlsxExport.done", rows, file)),
                failure -> services.dialogs().showError(TEXT.get("xlsxExport.failedTitle"),
                        TEXT.format("xlsxExport.failed", file, failure.getMessage()), TEXT.get("xlsxExport.failedHint")));
    }
}
