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
        // Each line is measured once, character by character, up to where it overflows; the line
        // breaking rules are asked only about that place (the last break before it), not about every
        // word of the paragraph: walking them word by word was half of wrapping the ten-year
        // briefing's 2,266 remarks (decision 0081). The lines are the same: a line takes the words
        // that fit, up to their trailing spaces, and a word wider than a line gets a line of its own.
        int lineStart = 0;
        while (lineStart < text.length()) {
            int fits = fittingEnd(text, lineStart, font.measure(size), width);
            int spacesAfter = fits;
            while (spacesAfter < text.length() && Character.isWhitespace(text.codePointAt(spacesAfter))) {
                spacesAfter += Character.charCount(text.codePointAt(spacesAfter));
            }
            int lineEnd = spacesAfter == text.length() ? text.length() : lastBreak(breaks, text, lineStart, spacesAfter);
            if (lineEnd <= lineStart) {
                lineEnd = firstBreak(breaks, text, lineStart);
            }
            lines.add(text.substring(lineStart, strippedEnd(text, lineStart, lineEnd)));
            lineStart = lineEnd;
        }
        return lines;
    }

    /* The end of the longest run of text from {@code start} no wider than {@code width}. */
    private static int fittingEnd(String text, int start, PdfFontChain.Measure measure, float width)
            throws IOException {
        int at = start;
        while (at < text.length()) {
            int next = at + Character.charCount(text.codePointAt(at));
            if (measure.add(text, at, next).width() > width) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /* The last place at or before {@code at} where a line may break; {@code start} or less when none is after start. */
    private static int lastBreak(BreakIterator breaks, String text, int start, int at) {
        int end = breaks.preceding(at + 1);
        while (end > start && end < text.length() && keptTogether(text, end)) {
            end = breaks.previous();
        }
        return end == BreakIterator.DONE ? start : end;
    }

    /* The first place after {@code start} where a line may break (the text's end at the latest). */
    private static int firstBreak(BreakIterator breaks, String text, int start) {
        int end = breaks.following(start);
        while (end != BreakIterator.DONE && end < text.length() && keptTogether(text, end)) {
            end = breaks.next();
        }
        return end == BreakIterator.DONE ? text.length() : end;
    }

    /**
     * Whether a line must not break at {@code at}, which the line-breaking rules (UAX #14) allow.
     * They allow a break after the space of "0.0997 %", which left a lone "%" on the next line of a
     * narrow table cell; a percent sign stays with its number, as it does in the app's labels. So
     * does the unit of a Chinese count or date, which the rules let go anywhere between characters:
     * "2.57 例", "5天", "12月27日" (the summary table wrapped "12月27 / 日"). And so does an alert's
     * "P(X ≥ 2)": the rules let a line end after "P" (before the bracket), before "≥" and after it,
     * which split the formula across two lines of most of the briefing's remarks; likewise "α 0.01".
     */
    static boolean keptTogether(CharSequence text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return after == '%' || after == '例'
                || Character.isDigit(before) && "年月日天".indexOf(after) >= 0
                || (before == '年' || before == '月') && Character.isDigit(after)
                || after == '(' && before < 128 && Character.isLetter(before)
                || before == ' ' && ("≥≤".indexOf(after) >= 0
                        || at >= 2 && "≥≤α".indexOf(text.charAt(at - 2)) >= 0);
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
