package org.loopwatch.ui.dashboard;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.loopwatch.report.PdfPrinting;

/**
 * The {@link BriefingPrinter} of {@link PdfPrinting}: the printers and the question are given, and
 * so is the thread. The app's ({@link #system()}) finds the operating system's printers, asks with
 * the system's print dialog and runs on a thread of its own, so that neither the window nor a
 * save waits while the dialog is open.
 */
public final class PdfBriefingPrinter implements BriefingPrinter {

    private final PdfPrinting.Printers printers;
    private final PdfPrinting.Confirmation confirmation;
    private final Executor thread;

    public PdfBriefingPrinter(PdfPrinting.Printers printers, PdfPrinting.Confirmation confirmation, Executor thread) {
        this.printers = printers;
        this.confirmation = confirmation;
        this.thread = thread;
    }

    /** The system's printers and print dialog, on a daemon thread that printing alone uses. */
    public static PdfBriefingPrinter system() {
        return withPrinters(PdfPrinting.SYSTEM_PRINTERS);
    }

    /** The system's print dialog and thread with these printers, e.g. none (a test of the message). */
    public static PdfBriefingPrinter withPrinters(PdfPrinting.Printers printers) {
        return new PdfBriefingPrinter(printers, PdfPrinting.SYSTEM_DIALOG, Executors.newSingleThreadExecutor(work -> {
            Thread printing = new Thread(work, "loopwatch-print");
            printing.setDaemon(true);
            return printing;
        }));
    }

    @Override
    public void print(Path pdf, String jobName, Consumer<PdfPrinting.Outcome> done, Consumer<Throwable> failed) {
        thread.execute(() -> {
            PdfPrinting.Outcome outcome;
            try {
                outcome = PdfPrinting.print(pdf, jobName, printers, confirmation);
            } catch (Exception | LinkageError failure) {
                failed.accept(failure);
                return;
            }
            done.accept(outcome);
        });
    }
}
