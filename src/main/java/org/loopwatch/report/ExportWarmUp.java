package org.loopwatch.report;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;

/**
 * Starts the headless toolkit and draws a tiny throw-away chart on a background thread while
 * {@code export chart} opens the database and computes: the toolkit's start, the fonts and the
 * first CSS pass cost about a second that would otherwise come on top. (The briefing needs no
 * JavaFX; {@link PdfWarmUp} does the same for PDFBox.)
 */
public final class ExportWarmUp {

    private ExportWarmUp() {
    }

    /** Returns at once; exports that follow wait for the toolkit as they would anyway. */
    public static void start() {
        Thread warmUp = new Thread(() -> {
            try {
                HeadlessFx.ensureStarted();
                HeadlessFx.call(() -> {
                    ExportFonts.loadIntoJavaFx();
                    LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
                    chart.setAnimated(false);
                    return ChartImageRenderer.renderChart(chart, new ExportSize(ExportSize.MIN_SIDE, ExportSize.MIN_SIDE, 1));
                });
            } catch (Exception ignored) {
                // Only a head start: the export itself reports any real problem.
            }
        }, "loopwatch-export-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
