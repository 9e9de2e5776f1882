package org.loopwatch.report.chart.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A PDF font that can show Latin and Chinese alike, the same on every machine. The first font of a
 * chain draws what it has; the rest goes to the second, loaded and embedded only when a character
 * needs it (the app bundles DejaVu Sans and Noto Sans SC, see {@code report.ExportFonts}); what
 * neither has is shown as "?" and remembered, so the briefing can say which characters it could not
 * show rather than fail to be written.
 */
public final class PdfFontChain {

    private final PDFont primary;
    private final Fallback fallback;
    private final Set<String> notShown;
    /*
     * Which font draws each character, and its advance in that font's units (1/1000 em), as PDFBox
     * sums them for a string: looked up for every character of every line measured, so kept in
     * arrays of 256 code points made when first needed, not in maps of boxed numbers.
     */
    private final byte[][] fontOf = new byte[BLOCKS][];
    private final float[][] advanceOf = new float[BLOCKS][];
    private final EncodedText encoded = new EncodedText();

    private static final int BLOCKS = (Character.MAX_CODE_POINT + 1) >> 8;
    private static final byte UNKNOWN = 0;
    private static final byte PRIMARY = 1;
    private static final byte SECOND = 2;
    /** Neither font has it: drawn as "?" in the first font. */
    private static final byte NEITHER = 3;
    /**
     * A control character (a tab in a name typed elsewhere): drawn as a space in the first font,
     * which has no glyph for it — PDFBox refused the whole briefing with "No glyph for U+0009".
     */
    private static final byte CONTROL = 4;

    private PdfFontChain(PDFont primary, Fallback fallback, Set<String> notShown) {
        this.primary = primary;
        this.fallback = fallback;
        this.notShown = notShown;
    }

    /**
     * A regular and a bold chain, each with its own second font (a bold face falls back to a bold
     * face), sharing one list of characters not shown.
     */
    public static List<PdfFontChain> of(PDFont regular, PDFont bold, Supplier<Optional<PDFont>> regularFallback,
                                        Supplier<Optional<PDFont>> boldFallback) {
        Set<String> notShown = new TreeSet<>();
        return List.of(new PdfFontChain(regular, new Fallback(regularFallback), notShown),
                new PdfFontChain(bold, new Fallback(boldFallback), notShown));
    }

    /** For tests: a regular and a bold chain with one fallback font. */
    static List<PdfFontChain> of(PDFont regular, PDFont bold, Supplier<Optional<PDFont>> fallbackFont) {
        return of(regular, bold, fallbackFont, fallbackFont);
    }

    /** The characters no font could show so far (shown as "?"), in order; empty when all could. */
    public Set<String> notShown() {
        return notShown;
    }

    /** The width of {@code text} at {@code size} points. */
    public float width(String text, float size) throws IOException {
        return measure(size).add(text).width();
    }

    /**
     * A width summed as text is appended: wrapping a paragraph adds each word to the line measured
     * so far rather than measuring the whole line again for every word (that was half the ten-year
     * briefing's time, and then still a quarter).
     */
    public Measure measure(float size) {
        return new Measure(size);
    }

    /**
     * The running sum of {@link #width}: the same additions in the same order, so a text measured
     * in pieces has exactly the width measured at once, to the last bit of the float.
     */
    public final class Measure {

        private final float size;
        private float width;
        private float run;
        private PDFont current;

        private Measure(float size) {
            this.size = size;
        }

        /** This width so far, to go on from in another direction. */
        public Measure copy() {
            Measure copy = new Measure(size);
            copy.width = width;
            copy.run = run;
            copy.current = current;
            return copy;
        }

        /** Adds the characters of {@code text} from {@code start} to {@code end}. */
        public Measure add(CharSequence text, int start, int end) throws IOException {
            // PDFBox's getStringWidth adds up each character's advance; a change of font ends a run.
            for (int i = start; i < end; ) {
                int codePoint = Character.codePointAt(text, i);
                i += Character.charCount(codePoint);
                byte kind = kindOf(codePoint);
                PDFont used = font(kind);
                if (used != current && current != null) {
                    width += run / 1000 * size;
                    run = 0;
                }
                current = used;
                run += advance(codePoint, kind, used);
            }
            return this;
        }

        public Measure add(CharSequence text) throws IOException {
            return add(text, 0, text.length());
        }

        /** The width in points of everything added. */
        public float width() {
            return current == null ? 0 : width + run / 1000 * size;
        }
    }

    private float advance(int codePoint, byte kind, PDFont font) throws IOException {
        float[] block = advanceOf[codePoint >> 8];
        if (block == null) {
            block = new float[256];
            Arrays.fill(block, Float.NaN);
            advanceOf[codePoint >> 8] = block;
        }
        float known = block[codePoint & 0xFF];
        if (Float.isNaN(known)) {
            known = font.getStringWidth(kind == NEITHER ? "?" : kind == CONTROL ? " "
                    : new String(Character.toChars(codePoint)));
            block[codePoint & 0xFF] = known;
        }
        return known;
    }

    /** Shows {@code text} at the current text position; call between beginText and endText. */
    public void show(PDPageContentStream stream, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            stream.setFont(run.font(), size);
            encoded.show(stream, run.font(), run.text());
        }
    }

    record Run(PDFont font, String text) {
    }

    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(2);
        PDFont current = null;
        StringBuilder pending = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            byte kind = kindOf(codePoint);
            PDFont used = font(kind);
            if (used != current && !pending.isEmpty()) {
                runs.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = used;
            if (kind == NEITHER) {
                pending.append('?');
            } else if (kind == CONTROL) {
                pending.append(' ');
            } else {
                pending.append(text, i, next);
            }
            i = next;
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(current, pending.toString()));
        }
        return runs;
    }

    /** Which font draws the character; each character is looked for once (the second font loads then). */
    private byte kindOf(int codePoint) {
        byte[] block = fontOf[codePoint >> 8];
        if (block == null) {
            block = new byte[256];
            fontOf[codePoint >> 8] = block;
        }
        byte kind = block[codePoint & 0xFF];
        if (kind == UNKNOWN && Character.isISOControl(codePoint)) {
            kind = CONTROL;
            block[codePoint & 0xFF] = kind;
        } else if (kind == UNKNOWN) {
            Optional<PDFont> found = findFont(codePoint);
            kind = found.isEmpty() ? NEITHER : found.get() == primary ? PRIMARY : SECOND;
            block[codePoint & 0xFF] = kind;
        }
        return kind;
    }

    private PDFont font(byte kind) {
        return kind == SECOND ? fallback.font().orElseThrow() : primary;
    }

    private Optional<PDFont> findFont(int codePoint) {
        if (canShow(primary, codePoint)) {
            return Optional.of(primary);
        }
        Optional<PDFont> other = fallback.font().filter(font -> canShow(font, codePoint));
        if (other.isEmpty()) {
            notShown.add(new String(Character.toChars(codePoint)));
        }
        return other;
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    /** The fallback font, loaded at most once. */
    private static final class Fallback {

        private final Supplier<Optional<PDFont>> loader;
        private Optional<PDFont> font;

        Fallback(Supplier<Optional<PDFont>> loader) {
            this.loader = loader;
        }

        Optional<PDFont> font() {
            if (font == null) {
                font = loader.get();
            }
            return font;
        }
    }
}
