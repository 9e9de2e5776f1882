package org.loopwatch.report;

/**
 * Parses the two fonts the briefing will embed on a background thread while the command line opens
 * the database and computes, and leaves them for it ({@link PdfFonts#parseAhead}).
 *
 * <p>It also wrote a throw-away one-page PDF, once, so that PDFBox's classes were loaded and its
 * code run before the briefing needed them. Since the commands' start-up cache holds those classes
 * (decision 0031) and no training data (0082), that page only competed for the second core with the
 * briefing's own threads: without it the ten-year briefing took 692 instead of 776 ms and 655
 * instead of 679 ms (21 and 15 interleaved rounds, 0082).
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Returns at once, with the thread started (which may already have ended). */
    public static Thread start() {
        Thread warmUp = new Thread(() -> {
            try {
                PdfFonts.parseAhead();
            } catch (Exception | LinkageError ignored) {
                // Only a head start: the briefing itself reports any real problem.
            }
        }, "loopwatch-pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return warmUp;
    }
}
