package org.loopwatch.report;

import java.io.OutputStream;

/**
 * Writes a throw-away one-page PDF with the briefing's fonts on a background thread while the
 * command line opens the database and computes: PDFBox's classes, the parsing of the two
 * embedded fonts and the first save cost about a third of a second cold, which would otherwise
 * come on top of the briefing's time (SPEC §9: ≤ 3 s from process start). It also parses the two
 * fonts the briefing will embed and leaves them for it ({@link PdfFonts#parseAhead}).
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Returns at once. */
    public static void start() {
        Thread warmUp = new Thread(() -> {
            try {
                // First the fonts the briefing itself will take, then a sample for PDFBox's code paths.
                PdfFonts.parseAhead();
                BriefingPdfWriter.writeSample(OutputStream.nullOutputStream());
            } catch (Exception | LinkageError ignored) {
                // Only a head start: the briefing itself reports any real problem.
            }
        }, "loopwatch-pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }
}
