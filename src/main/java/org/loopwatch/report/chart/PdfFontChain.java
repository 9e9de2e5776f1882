package org.loopwatch.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF font that can show any script the machine has a font for. The bundled DejaVu Sans covers
 * Latin, Greek and Cyrillic, not Chinese — and a closed loop in Beijing may well name its groups in
 * Chinese. Text is cut into runs: each character in the first font that has it, else in a system
 * font with wide coverage (found and embedded only when needed), else shown as "?" and remembered,
 * so the briefing can say which characters it could not show rather than fail to be written.
 */
public final class PdfFontChain {

    /** System fonts with CJK and wide Unicode coverage, in TrueType outlines PDFBox can embed. */
    static final List<String> FALLBACK_FILES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    private final PDFont primary;
    private final Fallback fallback;
    private final Map<Integer, Optional<PDFont>> fontOf = new HashMap<>();

    private PdfFontChain(PDFont primary, Fallback fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    /** A regular and a bold chain sharing one fallback font and one list of characters not shown. */
    public static List<PdfFontChain> of(PDDocument document, PDFont regular, PDFont bold) {
        Fallback fallback = new Fallback(() -> loadFallback(document, FALLBACK_FILES));
        return List.of(new PdfFontChain(regular, fallback), new PdfFontChain(bold, fallback));
    }

    /** For tests: a chain whose fallback is the given supplier. */
    static List<PdfFontChain> of(PDFont regular, PDFont bold, Supplier<Optional<PDFont>> fallbackFont) {
        Fallback fallback = new Fallback(fallbackFont);
        return List.of(new PdfFontChain(regular, fallback), new PdfFontChain(bold, fallback));
    }

    /** The characters no font could show so far (shown as "?"), in order; empty when all could. */
    public Set<String> notShown() {
        return fallback.notShown;
    }

    /** The width of {@code text} at {@code size} points. */
    public float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
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
            fallback.notShown.add(new String(Character.toChars(codePoint)));
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

    private static Optional<PDFont> loadFallback(PDDocument document, List<String> files) {
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try {
                if (file.endsWith(".ttc")) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    // The collection stays open: the document reads the font's glyphs when it is saved.
                    TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                    collection.processAllFonts(font -> {
                        if (first[0] == null) {
                            first[0] = font;
                        }
                    });
                    if (first[0] != null) {
                        return Optional.of(PDType0Font.load(document, first[0], true));
                    }
                } else {
                    return Optional.of(PDType0Font.load(document, path.toFile()));
                }
            } catch (IOException | RuntimeException unusable) {
                // Try the next one; without any, the characters are shown as "?" and listed.
            }
        }
        return Optional.empty();
    }

    /** The fallback font, loaded at most once, and what no font could show. */
    private static final class Fallback {

        private final Supplier<Optional<PDFont>> loader;
        private final Set<String> notShown = new TreeSet<>();
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
