package org.loopwatch.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.pdf.PdfFontChain;

/**
 * The briefing's summary table: one row per group or rollup and stage, rollups bold on a grey
 * band, a rule between subjects. Columns are as wide as what they hold allows ({@link SummaryColumns}),
 * the same on every page of the table; cells wrap inside their column (at the line breaks a cell
 * carries first); a table longer than the page continues on the next.
 */
final class SummaryTable {

    private static final Texts TEXT = Texts.of(SummaryTable.class);

    /* Each column's usual share of the width: what is left once every column holds its widest line. */
    static final float[] SHARES = {0.18f, 0.06f, 0.09f, 0.07f, 0.165f, 0.175f, 0.165f, 0.095f};
    private static final boolean[] RIGHT_ALIGNED = {false, false, true, true, false, false, false, false};
    static final float SIZE = 8.5f;
    private static final float LINE = SIZE * 1.3f;
    static final float PADDING = 8f;
    private static final float GAP = 6f;

    private final PDPageContentStream stream;
    private final PdfText text;
    private final PdfFonts fonts;
    private final String recentHeading;
    /* Each column's width, worked out from all the table's lines: the same on every page of the table. */
    private final float[] columns;

    /** @param columns each column's width, from {@link SummaryColumns} */
    SummaryTable(PDPageContentStream stream, PdfFonts fonts, String recentHeading, float[] columns) {
        this.stream = stream;
        this.text = new PdfText(stream);
        this.fonts = fonts;
        this.recentHeading = recentHeading;
        this.columns = columns.clone();
    }

    /**
     * Draws the lines from {@code from} on, with a header row, as far as {@code bottom}.
     *
     * @return the index of the first line not drawn ({@code lines.size()} when all fit) and the
     *         y below the table
     */
    Result draw(List<BriefingContent.SummaryLine> lines, int from, float x, float top, float bottom, float width)
            throws IOException {
        float y = row(headers(recentHeading), fonts.bold(), x, top, false);
        rule(x, y + LINE - 1.5f, width, 0.8f);
        int next = from;
        String previous = null;
        while (next < lines.size()) {
            BriefingContent.SummaryLine line = lines.get(next);
            String[] cells = cells(line);
            float height = height(cells, line.rollup() ? fonts.bold() : fonts.regular());
            if (y - height < bottom) {
                break;
            }
            if (previous != null && !previous.equals(line.name())) {
                rule(x, y + LINE - 1.5f, width, 0.4f);
            }
            if (line.rollup()) {
                stream.setNonStrokingColor(0.94f, 0.95f, 0.96f);
                stream.addRect(x, y - height + LINE - 2.5f, width, height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            y = row(cells, line.rollup() ? fonts.bold() : fonts.regular(), x, y, true);
            previous = line.name();
            next++;
        }
        return new Result(next, y);
    }

    record Result(int next, float y) {
    }

    /** The header row's words, in the columns' order. */
    static String[] headers(String recentHeading) {
        return new String[] {TEXT.get("summary.group"), TEXT.get("summary.stage"), TEXT.get("summary.tests"),
            TEXT.get("summary.positives"), TEXT.get("summary.positivity"), TEXT.get("summary.interval"), recentHeading,
            TEXT.get("summary.flags")};
    }

    /** A line's cells, in the columns' order. */
    static String[] cells(BriefingContent.SummaryLine line) {
        return new String[] {line.name(), line.stage(), line.tests(), line.positives(), line.positivity(),
            line.interval(), line.recent(), line.flags()};
    }

    private float height(String[] cells, PdfFontChain font) throws IOException {
        return lineCount(cells, font) * LINE + GAP;
    }

    /* The lines of a row's tallest cell in the columns as they are. */
    private int lineCount(String[] cells, PdfFontChain font) throws IOException {
        int most = 1;
        for (int i = 0; i < cells.length; i++) {
            most = Math.max(most, wrap(cells[i], font, columns[i] - PADDING).size());
        }
        return most;
    }

    /** Draws one row with its first baseline at {@code y}; returns the first baseline of the next row. */
    private float row(String[] cells, PdfFontChain font, float x, float y, boolean body) throws IOException {
        float left = x;
        int most = 1;
        for (int i = 0; i < cells.length; i++) {
            float columnWidth = columns[i];
            List<String> wrapped = wrap(cells[i], font, columnWidth - PADDING);
            float lineY = y;
            for (String part : wrapped) {
                float cellX = RIGHT_ALIGNED[i] ? left + columnWidth - PADDING - PdfText.width(part, font, SIZE)
                        : left;
                text.line(part, font, SIZE, cellX, lineY);
                lineY -= LINE;
            }
            most = Math.max(most, wrapped.size());
            left += columnWidth;
        }
        return y - most * LINE - (body ? GAP : GAP + 2);
    }

    private void rule(float x, float y, float width, float thickness) throws IOException {
        stream.setLineWidth(thickness);
        stream.setStrokingColor(0.6f, 0.63f, 0.67f);
        stream.moveTo(x, y);
        stream.lineTo(x + width, y);
        stream.stroke();
        stream.setStrokingColor(0f, 0f, 0f);
    }

    /** A cell's lines in a column of {@code width} (padding left out): its own line breaks first, then wrapped. */
    static List<String> wrap(String cell, PdfFontChain font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : cell.split("\n", -1)) {
            if (part.isEmpty() && cell.isEmpty()) {
                continue;
            }
            lines.addAll(PdfText.wrap(part, font, SIZE, width));
        }
        return lines;
    }
}
