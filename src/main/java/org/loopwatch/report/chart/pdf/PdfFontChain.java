package org.loopwatch.report.chart.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Integer, Optional<PDFont>> fontOf = new HashMap<>();
    /* Each character's advance in its font's units (1/1000 em), as PDFBox sums them for a string. */
    private final Map<Integer, Float> advanceOf = new HashMap<>();

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
        // The sum runs(text) would give with getStringWidth per run, without building the runs:
        // PDFBox's getStringWidth adds up each character's advance, and a wrapped paragraph of the
        // briefing measures its line again for every word (half the ten-year briefing's time).
        float width = 0;
        float run = 0;
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont used = fontOf.computeIfAbsent(codePoint, this::findFont).orElse(primary);
            if (used != current && current != null) {
                width += run / 1000 * size;
                run = 0;
            }
            current = used;
            run += advance(codePoint, used);
        }
        return current == null ? 0 : width + run / 1000 * size;
    }

    private float advance(int codePoint, PDFont font) throws IOException {
        Float known = advanceOf.get(codePoint);
        if (known == null) {
            boolean shown = fontOf.get(codePoint).isPresent();
            known = font.getStringWidth(shown ? new String(Character.toChars(codePoint)) : "?");
            advanceOf.put(codePoint, known);
        }
        return known;
    }

    /** Shows {@code text} at the current text position; call between beginText and endText. */
    public void show(PDPageContentStream stream, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
    }

    record Run(PDFont font, String text) {
    }

    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Optional<PDFont> font = fontOf.computeIfAbsent(codePoint, this::findFont);
            String shown = font.isPresent() ? new String(Character.toChars(codePoint)) : "?";
            PDFont used = font.orElse(primary);
            if (used != current && !pending.isEmpty()) {
                runs.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = used;
            pending.append(shown);
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(current, pending.toString()));
        }
        return runs;
    }

    private Optional<PDFont> findFont(int codePoint) {
        if (Character.isISOControl(codePoint) || canShow(primary, codePoint)) {
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
