package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.PdfPrinting;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;

/**
 * Print briefing from the dashboard's view model, printed for real: the JDK's PostScript stream
 * print service is the printer, so the job renders every page of the briefing into a file that is
 * read back and compared with the PDF Export briefing writes for the same filters. The system's
 * print dialog itself is not shown (tests run headless); a scripted answer stands in for it.
 */
class PrintBriefingTest {

    private final ScriptedDialogs errors = new ScriptedDialogs();

    @RegisterExtension
    final UiTestDatabase db = UiTestDatabase.forEachTest(UiTestDatabase.CLOCK, errors);

    @TempDir
    Path folder;

    private final DashboardExportTest.StubExportDialogs dialogs = new DashboardExportTest.StubExportDialogs();

    @Test
    void printingSendsEveryPageOfTheBriefingExportWouldSaveToThePrinter() throws Exception {
        DashboardViewModel dashboard = dashboard();
        dashboard.stageProperty().set(StageChoice.IN_LOOP);
        Path postScript = folder.resolve("printer.ps");
        Path exported = folder.resolve("exported.pdf");
        List<String> asked = new ArrayList<>();
        List<Path> printedFrom = new ArrayList<>();
        try (OutputStream printerPaper = Files.newOutputStream(postScript)) {
            PdfBriefingPrinter postScriptOnly = new PdfBriefingPrinter(() -> List.of(postScriptPrinter(printerPaper)), job -> {
                asked.add(job.getJobName());
                return true;
            }, Runnable::run);
            BriefingPrinter printer = (pdf, jobName, done, failed) -> {
                printedFrom.add(pdf);
                postScriptOnly.print(pdf, jobName, done, failed);
            };
            DashboardExportViewModel exports = new DashboardExportViewModel(db.services(), dashboard, dialogs, printer);

            exports.printBriefing();
            assertThat(exports.statusProperty().get()).isEqualTo("Sent the briefing to the printer.");
            assertThat(exports.busyProperty().get()).isFalse();

            dialogs.file = Optional.of(exported);
            exports.exportBriefing();
        }

        assertThat(asked).containsExactly("LoopWatch briefing 2022-01-04 to 2022-01-22");
        String printed = Files.readString(postScript, StandardCharsets.ISO_8859_1);
        int pages;
        try (PDDocument document = Loader.loadPDF(exported.toFile())) {
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(pageNumbers(printed)).isEqualTo(Stream.iterate(1, page -> page + 1).limit(pages).toList());
        assertThat(Files.size(postScript)).isGreaterThan(pages * 50_000L);
        assertThat(errors.errors).isEmpty();
        // The very file printed from, not a listing of the temporary folder: the other test JVM
        // (decision 0066), or another build on the machine, may have a briefing of its own there.
        assertThat(printedFrom).singleElement().satisfies(pdf -> {
            assertThat(pdf.toAbsolutePath().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            assertThat(pdf.getFileName().toString()).startsWith("loopwatch-briefing-");
            assertThat(pdf).as("the temporary PDF is deleted").doesNotExist();
        });
    }

    @Test
    void withNoPrinterItSaysToExportThePdfInsteadAndPrintsNothing() throws Exception {
        DashboardViewModel dashboard = dashboard();
        List<String> asked = new ArrayList<>();
        PdfBriefingPrinter printer = new PdfBriefingPrinter(List::of, job -> asked.add("asked"), Runnable::run);
        DashboardExportViewModel exports = new DashboardExportViewModel(db.services(), dashboard, dialogs, printer);

        exports.printBriefing();

        assertThat(asked).isEmpty();
        assertThat(errors.errors).containsExactly("No printer: No printer is set up on this computer.");
        assertThat(exports.statusProperty().get()).isEqualTo("Not printed: no printer is set up.");
        assertThat(exports.canExportProperty().get()).isTrue();
    }

    @Test
    void cancellingThePrintDialogChangesNothing() throws Exception {
        DashboardViewModel dashboard = dashboard();
        Path postScript = folder.resolve("cancelled.ps");
        DashboardExportViewModel exports;
        try (OutputStream printerPaper = Files.newOutputStream(postScript)) {
            PdfBriefingPrinter printer = new PdfBriefingPrinter(() -> List.of(postScriptPrinter(printerPaper)),
                    job -> false, Runnable::run);
            exports = new DashboardExportViewModel(db.services(), dashboard, dialogs, printer);
            exports.printBriefing();
        }

        assertThat(Files.size(postScript)).isZero();
        assertThat(exports.statusProperty().get()).isEmpty();
        assertThat(exports.progressProperty().get()).isZero();
        assertThat(exports.canExportProperty().get()).isTrue();
        assertThat(errors.errors).isEmpty();
    }

    @Test
    void aPrinterThatFailsIsReportedWithWhatToDo() throws Exception {
        DashboardViewModel dashboard = dashboard();
        PdfBriefingPrinter printer = new PdfBriefingPrinter(() -> List.of(postScriptPrinter(OutputStream.nullOutputStream())),
                job -> {
                    throw new java.awt.print.PrinterException("printer is out of paper");
                }, Runnable::run);
        DashboardExportViewModel exports = new DashboardExportViewModel(db.services(), dashboard, dialogs, printer);

        exports.printBriefing();

        assertThat(errors.errors).containsExactly(
                "Printing failed: The briefing could not be printed (printer is out of paper).");
        assertThat(exports.statusProperty().get()).isEqualTo("Printing failed: nothing was printed.");
        assertThat(exports.busyProperty().get()).isFalse();
    }

    private DashboardViewModel dashboard() {
        DashboardFixtures.publishedJanuary(db);
        DashboardViewModel dashboard = new DashboardViewModel(db.services());
        assertThat(dashboard.currentRequest()).isPresent();
        return dashboard;
    }

    /** The JDK's PostScript printer writing into {@code out}: a real print service with no hardware. */
    static javax.print.PrintService postScriptPrinter(OutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).isNotEmpty();
        return factories[0].getPrintService(out);
    }

    /** The page numbers of a PostScript file's DSC comments ({@code %%Page: label n}). */
    static List<Integer> pageNumbers(String postScript) {
        Matcher page = Pattern.compile("(?m)^%%Page: \\S+ (\\d+)$").matcher(postScript);
        List<Integer> numbers = new ArrayList<>();
        while (page.find()) {
            numbers.add(Integer.parseInt(page.group(1)));
        }
        return numbers;
    }
}
