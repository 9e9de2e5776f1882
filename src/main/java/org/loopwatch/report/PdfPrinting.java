package org.loopwatch.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF file as it is (the briefing the dashboard exports, byte for byte) through
 * {@link PrinterJob} with PDFBox's {@link PDFPageable}: each page keeps its size and orientation.
 * The printers and the question asked before printing are parameters, so a test prints for real
 * into a PostScript stream service with no dialog, and the app asks through the system's print
 * dialog (decision 0027).
 *
 * <p>Blocks until the job is spooled, and while the dialog waits for the person: call it on a
 * thread that may wait, never the FX thread nor the database's.
 */
public final class PdfPrinting {

    /** How a print request ended. */
    public enum Outcome {
        /** The job went to the printer (spooled; the printer itself may still fail later). */
        PRINTED,
        /** The person cancelled the print dialog: nothing was printed. */
        CANCELLED,
        /** There is no printer on this computer: nothing was asked, nothing printed. */
        NO_PRINTER
    }

    /** The printers to choose from, the default one first; empty when none is set up. */
    @FunctionalInterface
    public interface Printers {
        List<PrintService> find();
    }

    /** Asks the person whether (and on which printer, how many copies) to print; false is cancel. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(PrinterJob job) throws PrinterException;
    }

    /** The printers the operating system knows (CUPS on Linux), the default printer first. */
    public static final Printers SYSTEM_PRINTERS = PdfPrinting::systemPrinters;

    /** The system's print dialog; needs a display ({@code java.awt.headless} false). */
    public static final Confirmation SYSTEM_DIALOG = PrinterJob::printDialog;

    private PdfPrinting() {
    }

    /**
     * Prints {@code pdf} as job {@code jobName} on the first of {@code printers}, or the one the
     * person picks in {@code confirmation}'s dialog.
     *
     * @return {@link Outcome#NO_PRINTER} without asking when there is no printer,
     *         {@link Outcome#CANCELLED} when the person cancels, else {@link Outcome#PRINTED}
     * @throws IOException      the PDF cannot be read
     * @throws PrinterException the printer refused the job or failed while it was sent
     */
    public static Outcome print(Path pdf, String jobName, Printers printers, Confirmation confirmation)
            throws IOException, PrinterException {
        List<PrintService> found = printers.find();
        if (found.isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(found.getFirst());
            job.setPageable(new PDFPageable(document));
            if (!confirmation.confirm(job)) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        }
    }

    private static List<PrintService> systemPrinters() {
        List<PrintService> printers = new ArrayList<>();
        PrintService standard = PrintServiceLookup.lookupDefaultPrintService();
        if (standard != null) {
            printers.add(standard);
        }
        for (PrintService service : PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null)) {
            if (!printers.contains(service)) {
                printers.add(service);
            }
        }
        return printers;
    }
}
