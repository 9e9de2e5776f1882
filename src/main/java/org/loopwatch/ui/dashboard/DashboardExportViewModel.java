package org.loopwatch.ui.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.ChartExports;
import org.loopwatch.report.ChartFormat;
import org.loopwatch.report.ExportSize;
import org.loopwatch.report.PdfPrinting;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.StatementExport;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.ui.AppServices;

/**
 * The dashboard's exports: a chart PNG or SVG, the briefing PDF and "copy chart", all of what the
 * dashboard shows now (period, groups, stage, window, interval). Reading and computing run on the
 * background thread; charts are drawn on the FX thread one at a time; the PDF is written in the
 * background. A failed export says so and leaves no file behind (the report package writes
 * atomically).
 */
public final class DashboardExportViewModel {

    private static final Texts TEXT = Texts.of(DashboardExportViewModel.class);

    private final AppServices services;
    private final DashboardViewModel dashboard;
    private final ExportDialogs dialogs;
    private final BriefingPrinter printer;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;

    /** Exports of the dashboard, printing on the system's printers through its print dialog. */
    public DashboardExportViewModel(AppServices services, DashboardViewModel dashboard, ExportDialogs dialogs) {
        this(services, dashboard, dialogs, PdfBriefingPrinter.system());
    }

    public DashboardExportViewModel(AppServices services, DashboardViewModel dashboard, ExportDialogs dialogs,
                                    BriefingPrinter printer) {
        this.services = services;
        this.dashboard = dashboard;
        this.dialogs = dialogs;
        this.printer = printer;
        // Not while the dashboard, shown again, computes the figures of what changed while it was hidden (0059).
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && dashboard.currentRequest().isPresent()
                && !dashboard.catchingUpProperty().get(), busy, dashboard.snapshotProperty(), dashboard.catchingUpProperty());
    }

    /** True when there is something to export and no export is running. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** True while the dashboard is reading its first figures or catching up: exports can start once they are there. */
    public boolean waitingForFigures() {
        return dashboard.snapshotProperty().get() == null || dashboard.catchingUpProperty().get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the running export from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last export did, e.g. "Saved briefing.pdf"; empty before the first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Asks which chart, size and format, and where, then writes the PNG or SVG. */
    public void exportChart() {
        Optional<ChartRequest> shown = dashboard.currentRequest();
        if (shown.isEmpty() || busy.get()) {
            return;
        }
        Optional<ChartExportChoice> choice = dialogs.askChartExport(ChartKind.ROLLING);
        if (choice.isEmpty()) {
            return;
        }
        ChartRequest request = shown.get();
        String name = "loopwatch-" + choice.get().kind().code() + "-" + request.from() + "-to-" + request.to() + "."
                + choice.get().format().extension();
        Optional<Path> file = dialogs.chooseImageFile(name);
        if (file.isEmpty()) {
            return;
        }
        // A name typed with the other extension wins over the dialog's choice: the file says what it is.
        ChartFormat format = ChartFormat.of(file.get()).orElse(choice.get().format());
        ExportSize size = choice.get().size();
        start(TEXT.get("export.drawing"));
        services.tasks().run(() -> {
            // The dashboard's stage choice: stages apart export both stages' rolling charts, as shown.
            PreparedChart chart = ChartExports.prepare(services.database(), request, choice.get().kind(),
                    dashboard.stageProperty().get(), services.clock());
            ChartExports.write(chart, format, size, file.get());
            return chart;
        }, chart -> finish(format == ChartFormat.SVG
                ? TEXT.format("export.savedSvg", file.get().getFileName(), Integer.toString(size.pixelWidth()),
                        Integer.toString(size.pixelHeight()))
                : TEXT.format("export.savedPng", String.valueOf(file.get().getFileName()),
                        Integer.toString(size.pixelWidth()), Integer.toString(size.pixelHeight()))),
                failure -> failed(file.get(), failure));
    }

    /** Asks where, then builds the briefing PDF with progress. */
    public void exportBriefing() {
        Optional<ChartRequest> shown = dashboard.currentRequest();
        if (shown.isEmpty() || busy.get()) {
            return;
        }
        ChartRequest request = shown.get();
        Optional<Path> file = dialogs.choosePdfFile("loopwatch-briefing-" + request.from() + "-to-" + request.to()
                + ".pdf");
        if (file.isEmpty()) {
            return;
        }
        BriefingSpec spec = briefingSpec(request);
        start(TEXT.get("export.preparing"));
        services.tasks().run(() -> BriefingExport.export(services.database(), spec, services.clock(), file.get(),
                        briefingProgress()),
                plan -> finish(TEXT.format("export.saved", String.valueOf(file.get().getFileName()))),
                failure -> failed(file.get(), failure));
    }

    /* What the dashboard shows: its period, the groups ticked in its filter, its stage choice. */
    private BriefingSpec briefingSpec(ChartRequest request) {
        return new BriefingSpec(Optional.of(request.from()), Optional.of(request.to()),
                Optional.of(request.window()), Optional.of(request.method()), Optional.of(request.level()),
                chosenNames(request),
                Optional.of(dashboard.stageProperty().get()));
    }

    private BriefingExport.Progress briefingProgress() {
        return (done, total, what) -> services.tasks().later(() -> {
            progress.set((double) done / total);
            status.set(what + "…");
        });
    }

    /**
     * Prints the briefing Export briefing would save, with the same filters: written to a temporary
     * PDF in the background, then handed to the printer, which asks through the system's print
     * dialog on a thread of its own. Cancel changes nothing; no printer or a failure says so.
     */
    public void printBriefing() {
        Optional<ChartRequest> shown = dashboard.currentRequest();
        if (shown.isEmpty() || busy.get()) {
            return;
        }
        BriefingSpec spec = briefingSpec(shown.get());
        String before = status.get();
        start(TEXT.get("print.preparing"));
        services.tasks().run(() -> {
            Path pdf = Files.createTempFile("loopwatch-briefing-", ".pdf");
            try {
                BriefingExport.export(services.database(), spec, services.clock(), pdf, briefingProgress());
            } catch (Exception | Error failure) {
                Files.deleteIfExists(pdf);
                throw failure;
            }
            return pdf;
        }, pdf -> {
            status.set(TEXT.get("print.asking"));
            printer.print(pdf, TEXT.format("print.job", shown.get().from().toString(), shown.get().to().toString()),
                    outcome -> services.tasks().later(() -> printed(pdf, outcome, before)),
                    failure -> services.tasks().later(() -> printFailed(pdf, failure)));
        }, failure -> printFailed(null, failure));
    }

    private void printed(Path pdf, PdfPrinting.Outcome outcome, String statusBefore) {
        deleteQuietly(pdf);
        busy.set(false);
        switch (outcome) {
            case PRINTED -> {
                progress.set(1);
                status.set(TEXT.get("print.sent"));
            }
            case CANCELLED -> { // as if Print had not been pressed
                progress.set(0);
                status.set(statusBefore);
            }
            case NO_PRINTER -> {
                progress.set(0);
                status.set(TEXT.get("print.noPrinter.status"));
                services.dialogs().showError(TEXT.get("print.noPrinter.title"), TEXT.get("print.noPrinter.what"),
                        TEXT.get("print.noPrinter.todo"));
            }
        }
    }

    private void printFailed(Path pdf, Throwable failure) {
        deleteQuietly(pdf);
        busy.set(false);
        progress.set(0);
        status.set(TEXT.get("print.failed.status"));
        services.dialogs().showError(TEXT.get("print.failed.title"), TEXT.format("print.failed.what", reason(failure)),
                TEXT.get("print.failed.todo"));
    }

    /* The temporary PDF only; a leftover in the temp folder harms nobody, so a failure to delete is not reported. */
    private static void deleteQuietly(Path pdf) {
        if (pdf == null) {
            return;
        }
        try {
            Files.deleteIfExists(pdf);
        } catch (IOException ignored) {
            pdf.toFile().deleteOnExit();
        }
    }

    /** The names of the groups and rollups ticked; none when all are, so the briefing says "all". */
    private List<String> chosenNames(ChartRequest request) {
        if (request.subjects().size() == dashboard.subjects().size()) {
            return List.of();
        }
        return request.subjects().stream().map(ChartSubject::name).toList();
    }

    /**
     * Puts the daily statement for the dashboard's last day ("To") on the clipboard as text, in
     * the organisers' shape, the same words as {@code loopwatch statement --date D}.
     */
    public void copyStatement() {
        Optional<LocalDate> day = dashboard.currentRequest().map(ChartRequest::to);
        if (day.isEmpty()) {
            return;
        }
        services.tasks().run(() -> StatementExport.page(services.database(),
                        StatementExport.statement(services.database(), day, services.clock()), services.clock()),
                page -> {
                    dialogs.copyTextToClipboard(page.text());
                    status.set(TEXT.format("statement.copied", day.get().toString()));
                },
                failure -> services.dialogs().showError(TEXT.get("statement.failedTitle"),
                        TEXT.format("statement.notCopied", reason(failure)), TEXT.get("statement.tryAgain")));
    }

    /** Asks where, then writes the daily statement for the dashboard's last day as a one-page PDF. */
    public void exportStatement() {
        Optional<LocalDate> day = dashboard.currentRequest().map(ChartRequest::to);
        if (day.isEmpty() || busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.choosePdfFile("loopwatch-statement-" + day.get() + ".pdf");
        if (file.isEmpty()) {
            return;
        }
        start(TEXT.get("statement.writing"));
        services.tasks().run(() -> StatementExport.writePdf(services.database(), day, services.clock(), file.get()),
                page -> finish(TEXT.format("statement.saved", file.get().getFileName(), day.get().toString())),
                failure -> failed(file.get(), failure));
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** Puts the chart, as the dashboard shows it, on the clipboard as a slide-sized image. */
    public void copyChart(ChartRequest shown) {
        services.tasks().run(() -> ChartExports.prepare(services.database(), shown, shown.kind(), services.clock()),
                chart -> {
                    dialogs.copyToClipboard(chart);
                    status.set(TEXT.format("export.copied", chart.title()));
                },
                failure -> services.dialogs().showError(TEXT.get("copy.failed.title"),
                        TEXT.format("copy.failed", failure.getMessage()), TEXT.get("copy.failed.todo")));
    }

    private void start(String what) {
        busy.set(true);
        progress.set(0);
        status.set(what);
    }

    private void finish(String what) {
        busy.set(false);
        progress.set(1);
        status.set(what);
    }

    private void failed(Path file, Throwable failure) {
        busy.set(false);
        progress.set(0);
        status.set(TEXT.get("export.failed.status"));
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        services.dialogs().showError(TEXT.get("export.failed.title"), TEXT.format("export.failed", String.valueOf(file), reason),
                TEXT.get("export.failed.todo"));
    }
}
