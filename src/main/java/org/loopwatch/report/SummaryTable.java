package org.loopwatch.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The briefing's summary table: one line per group or rollup and stage, rollups shaded. */
final class SummaryTable {

    private static final String[] HEADERS = {"Group", "Stage", "Tests", "Positives", "Positivity", "Confidence interval",
        "Last days", "Flags"};
    private static final float[] SHARES = {0.22f, 0.08f, 0.08f, 0.07f, 0.16f, 0.17f, 0.14f, 0.08f};
    private static final boolean[] RIGHT_ALIGNED = {false, false, true, true, false, false, false, false};
    private static final float SIZE = 9f;
    private static final float ROW = 17f;

    private final PdfText text;
    private final BriefingPdfWriter.PdfFonts fonts;

    SummaryTable(PdfText text, BriefingPdfWriter.PdfFonts fonts) {
        this.text = text;
        this.fonts = fonts;
    }

    float draw(List<BriefingContent.SummaryLine> lines, float x, float top, float width) throws IOException {
        float y = top;
        row(HEADERS, fonts.bold(), x, y, width);
        y -= ROW;
        for (BriefingContent.SummaryLine line : lines) {
            String[] cells = {line.name(), line.stage(), line.tests(), line.positives(), line.positivity(),
                line.interval(), line.recent(), line.flags()};
            row(cells, line.rollup() ? fonts.bold() : fonts.regular(), x, y, width);
            y -= ROW;
        }
        return y;
    }

    private void row(String[] cells, PDFont font, float x, float y, float width) throws IOException {
        float left = x;
        for (int i = 0; i < cells.length; i++) {
            float columnWidth = width * SHARES[i];
            String cell = fit(cells[i], font, columnWidth - 6);
            float cellX = RIGHT_ALIGNED[i] ? left + columnWidth - 8 - PdfText.width(cell, font, SIZE) : left;
            text.line(cell, font, SIZE, cellX, y);
            left += columnWidth;
        }
    }

    /** Shortens text that would run into the next column, marking the cut with an ellipsis. */
    private static String fit(String cell, PDFont font, float width) throws IOException {
        if (PdfText.width(cell, font, SIZE) <= width) {
            return cell;
        }
        String shortened = cell;
        while (shortened.length() > 1 && PdfText.width(shortened + "…", font, SIZE) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
