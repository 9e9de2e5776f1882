package org.loopwatch.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.loopwatch.report.chart.PdfFontChain;

/** Text on a PDF page: single lines and wrapped paragraphs, y measured from the page bottom. */
final class PdfText {

    private final PDPageContentStream stream;

    PdfText(PDPageContentStream stream) {
        this.stream = stream;
    }

    /** Draws one line with its baseline at {@code y}; returns the baseline of the next line. */
    float line(String text, PdfFontChain font, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, y);
        font.show(stream, text, size);
        stream.endText();
        return y - size * 1.35f;
    }

    /** Draws text wrapped to {@code width}; returns the baseline below the last line. */
    float paragraph(String text, PdfFontChain font, float size, float x, float y, float width) throws IOException {
        float next = y;
        for (String line : wrap(text, font, size, width)) {
            next = line(line, font, size, x, next);
        }
        return next;
    }

    static float width(String text, PdfFontChain font, float size) throws IOException {
        return font.width(text, size);
    }

    static List<String> wrap(String text, PdfFontChain font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
