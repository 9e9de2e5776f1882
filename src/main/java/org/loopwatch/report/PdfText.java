package org.loopwatch.report;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.pdf.PdfFontChain;

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

    /**
     * Breaks text into lines no wider than {@code width}: at spaces in English, and between any two
     * Chinese characters (which have no spaces between words), as the interface language's line
     * breaking rules allow (a line never starts with "，" or "。").
     */
    static List<String> wrap(String text, PdfFontChain font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(Texts.language());
        breaks.setText(text);
        // The line so far; its width is measured once, up to its trailing spaces (which a line's
        // end drops), and each piece only adds its own characters: linear in the paragraph's length.
        StringBuilder current = new StringBuilder();
        PdfFontChain.Measure drawn = font.measure(size);
        int trailingFrom = 0;
        int start = breaks.first();
        for (int end = nextBreak(breaks, text); end != BreakIterator.DONE; start = end, end = nextBreak(breaks, text)) {
            int pieceEnd = strippedEnd(text, start, end);
            PdfFontChain.Measure candidate = drawn;
            if (pieceEnd > start) {
                candidate = drawn.copy().add(current, trailingFrom, current.length()).add(text, start, pieceEnd);
            }
            if (candidate.width() > width && !current.isEmpty()) {
                lines.add(current.substring(0, strippedEnd(current, 0, current.length())));
                current.setLength(0);
                current.append(text, start, end);
                drawn = font.measure(size).add(text, start, pieceEnd);
                trailingFrom = pieceEnd - start;
            } else {
                current.append(text, start, end);
                if (pieceEnd > start) {
                    drawn = candidate;
                    trailingFrom = current.length() - (end - pieceEnd);
                }
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.substring(0, strippedEnd(current, 0, current.length())));
        }
        return lines;
    }

    /**
     * The next place a line may break. The line-breaking rules (UAX #14) allow a break after the
     * space of "0.0997 %", which left a lone "%" on the next line of a narrow table cell; a
     * percent sign stays with its number, as it does in the app's labels. So does the unit of a
     * Chinese count or date, which the rules let go anywhere between characters: "2.57 例",
     * "5天", "12月27日" (the summary table wrapped "12月27 / 日").
     */
    static int nextBreak(BreakIterator breaks, CharSequence text) {
        int end = breaks.next();
        while (end != BreakIterator.DONE && end > 0 && end < text.length() && keptTogether(text, end)) {
            end = breaks.next();
        }
        return end;
    }

    /* Whether the characters either side of {@code at} belong to one number with its unit. */
    private static boolean keptTogether(CharSequence text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return after == '%' || after == '例'
                || Character.isDigit(before) && "年月日天".indexOf(after) >= 0
                || (before == '年' || before == '月') && Character.isDigit(after);
    }

    /** Where {@code text} from {@code start} to {@code end} ends without its trailing white space, as {@link String#stripTrailing}. */
    private static int strippedEnd(CharSequence text, int start, int end) {
        int at = end;
        while (at > start) {
            int codePoint = Character.codePointBefore(text, at);
            if (!Character.isWhitespace(codePoint)) {
                break;
            }
            at -= Character.charCount(codePoint);
        }
        return at;
    }
}
