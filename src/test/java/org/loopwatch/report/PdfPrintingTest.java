package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * Prints the briefing for real: the JDK's PostScript stream print service stands in for a printer,
 * so the {@code PrinterJob} renders every page of the PDF through PDFBox into a PostScript file that
 * is read back. Only the system's print dialog is not shown (it needs a display; tests run headless).
 */
class PdfPrintingTest {

    @TempDir
    Path folder;

    @Test
    void theBriefingPrintsEveryPageIntoThePrintersStream() throws Exception {
        Path pdf = briefing();
        Path postScript = folder.resolve("printed.ps");
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }

        PdfPrinting.Outcome outcome;
        try (OutputStream out = Files.newOutputStream(postScript)) {
            outcome = PdfPrinting.print(pdf, "LoopWatch briefing", () -> List.of(postScriptPrinter(out)), job -> true);
        }

        assertThat(outcome).isEqualTo(PdfPrinting.Outcome.PRINTED);
        String printed = Files.readString(postScript, StandardCharsets.ISO_8859_1);
        assertThat(printed).startsWith("%!PS-Adobe-3.0");
        // The JDK's PostScript writer marks each page (%%Page: n n) but writes no %%Pages total.
        assertThat(pageNumbers(printed)).as("pages in the PostScript").isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList());
        assertThat(pages).isGreaterThanOrEqualTo(5);
        assertThat(printed.stripTrailing()).endsWith("%%EOF");
        // Drawn pages, not blank sheets: PDFBox renders each page as an image of ~100 KB or more.
        assertThat(Files.size(postScript)).isGreaterThan(pages * 50_000L);
    }

    @Test
    void withNoPrinterNothingIsAskedAndNothingPrinted() throws Exception {
        Path pdf = briefing();
        AtomicInteger asked = new AtomicInteger();

        PdfPrinting.Outcome outcome = PdfPrinting.print(pdf, "LoopWatch briefing", List::of, job -> {
            asked.incrementAndGet();
            return true;
        });

        assertThat(outcome).isEqualTo(PdfPrinting.Outcome.NO_PRINTER);
        assertThat(asked).hasValue(0);
    }

    @Test
    void cancellingTheDialogPrintsNothing() throws Exception {
        Path pdf = briefing();
        Path postScript = folder.resolve("cancelled.ps");

        PdfPrinting.Outcome outcome;
        try (OutputStream out = Files.newOutputStream(postScript)) {
            outcome = PdfPrinting.print(pdf, "LoopWatch briefing", () -> List.of(postScriptPrinter(out)), job -> false);
        }

        assertThat(outcome).isEqualTo(PdfPrinting.Outcome.CANCELLED);
        assertThat(Files.size(postScript)).isZero();
    }

    /** The JDK's PostScript printer that writes into {@code out}: a real print service, no hardware. */
    static StreamPrintService postScriptPrinter(OutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream print service").isNotEmpty();
        return factories[0].getPrintService(out);
    }

    /** The numbers of the pages a PostScript file holds, from its DSC comments ({@code %%Page: label n}). */
    static List<Integer> pageNumbers(String postScript) {
        Matcher page = Pattern.compile("(?m)^%%Page: \\S+ (\\d+)$").matcher(postScript);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (page.find()) {
            numbers.add(Integer.parseInt(page.group(1)));
        }
        return numbers;
    }

    private Path briefing() throws Exception {
        Path pdf = folder.resolve("briefing.pdf");
        try (Database database = Database.open(ExportFixtures.publishedJanuary(folder), OpenMode.MUST_EXIST,
                ExportFixtures.CLOCK)) {
            BriefingExport.export(database, BriefingSpec.of(Optional.empty(), Optional.empty()), ExportFixtures.CLOCK, pdf,
                    BriefingExport.Progress.NONE);
        }
        return pdf;
    }
}
