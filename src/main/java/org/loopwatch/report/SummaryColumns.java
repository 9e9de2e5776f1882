package org.loopwatch.report;

import java.io.IOException;
import java.util.List;
import org.loopwatch.report.chart.pdf.PdfFontChain;

/**
 * The summary table's column widths, worked out once for all its pages from every line's cells in
 * the face they are set in (the header and rollups bold): each column may take {@value #STEPS} + 1
 * widths from its widest word to its widest line, and {@link TableColumns} chooses among them by
 * the lines each saves.
 */
final class SummaryColumns {

    /* The widths a column may take between its widest word and its widest line, less one. */
    private static final int STEPS = 8;

    private SummaryColumns() {
    }

    /** Each column's width, in points, for a table {@code width} wide. */
    static float[] of(List<BriefingContent.SummaryLine> lines, PdfFonts fonts, String recentHeading, float width)
            throws IOException {
        int count = SummaryTable.SHARES.length;
        float[] least = new float[count];
        float[] most = new float[count];
        measure(SummaryTable.headers(recentHeading), fonts.bold(), least, most);
        for (BriefingContent.SummaryLine line : lines) {
            measure(SummaryTable.cells(line), fontOf(line, fonts), least, most);
        }
        float[][] steps = new float[count][];
        float widest = 0;
        for (int c = 0; c < count; c++) {
            int stepCount = most[c] > least[c] ? STEPS + 1 : 1;
            steps[c] = new float[stepCount];
            for (int k = 0; k < stepCount; k++) {
                steps[c][k] = stepCount == 1 ? most[c] : least[c] + (most[c] - least[c]) * k / STEPS;
            }
            widest += most[c];
        }
        // Lines are counted only when some must wrap: a table whose lines all fit needs none. The
        // header row counts too: it is drawn on every page of the table.
        int[][][] lineCounts = new int[widest <= width ? 0 : lines.size() + 1][count][];
        for (int r = 0; r < lineCounts.length; r++) {
            String[] cells = r == 0 ? SummaryTable.headers(recentHeading) : SummaryTable.cells(lines.get(r - 1));
            PdfFontChain font = r == 0 ? fonts.bold() : fontOf(lines.get(r - 1), fonts);
            for (int c = 0; c < count; c++) {
                lineCounts[r][c] = new int[steps[c].length];
                for (int k = 0; k < steps[c].length; k++) {
                    lineCounts[r][c][k] = SummaryTable.wrap(cells[c], font, steps[c][k] - SummaryTable.PADDING).size();
                }
            }
        }
        return TableColumns.widths(steps, lineCounts, SummaryTable.SHARES, width);
    }

    private static PdfFontChain fontOf(BriefingContent.SummaryLine line, PdfFonts fonts) {
        return line.rollup() ? fonts.bold() : fonts.regular();
    }

    /* Each column's widest word (least) and widest line (most), padding included. */
    private static void measure(String[] cells, PdfFontChain font, float[] least, float[] most) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            for (String line : cells[i].split("\n")) {
                most[i] = Math.max(most[i], PdfText.width(line, font, SummaryTable.SIZE) + SummaryTable.PADDING);
                for (String word : line.split(" ")) {
                    least[i] = Math.max(least[i], PdfText.width(word, font, SummaryTable.SIZE) + SummaryTable.PADDING);
                }
            }
        }
    }
}
