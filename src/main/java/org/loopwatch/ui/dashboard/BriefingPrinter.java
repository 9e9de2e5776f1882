package org.loopwatch.ui.dashboard;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.loopwatch.report.PdfPrinting;

/**
 * Prints a briefing PDF after the system's print dialog. Behind an interface so the view model
 * is tested printing for real into a PostScript stream, with no dialog and no toolkit.
 */
public interface BriefingPrinter {

    /**
     * Prints {@code pdf} on a thread that may wait for the person (the print dialog is modal for
     * that thread only: never the FX thread, never the database's), then calls exactly one of the
     * callbacks, on that thread.
     */
    void print(Path pdf, String jobName, Consumer<PdfPrinting.Outcome> done, Consumer<Throwable> failed);
}
