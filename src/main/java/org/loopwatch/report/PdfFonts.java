package org.loopwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.loopwatch.report.chart.pdf.PdfFontChain;

/**
 * The two fonts of a PDF, regular and bold, each a chain of the bundled DejaVu Sans and Noto Sans
 * SC embedded as subsets. The interface language decides which comes first (Chinese pages use Noto
 * Sans SC throughout); the second is read and embedded only when a character needs it, so an
 * English briefing without Chinese names carries no Chinese font at all.
 */
public record PdfFonts(PdfFontChain regular, PdfFontChain bold) {

    /*
     * Fonts parsed ahead by {@link PdfWarmUp} on its thread, each taken by the next document that
     * embeds it: parsing DejaVu Sans and its bold face was 5 % of the ten-year briefing's main thread.
     */
    private static final Map<String, TrueTypeFont> PARSED_AHEAD = new ConcurrentHashMap<>();

    /*
     * FontBox warns at every parse of Noto Sans SC that it ignores the font's "format 14" cmap table:
     * the table of Unicode variation sequences, which no text of LoopWatch uses. A Chinese briefing
     * from the command line printed that warning four times on stderr, where scripts read the
     * command's own one-line messages. Only severe messages are kept. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final Logger QUIET_CMAP_LOGGER = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        QUIET_CMAP_LOGGER.setLevel(Level.SEVERE);
    }

    /** Fonts for a new document in the interface language, taking those parsed ahead if any wait. */
    public static PdfFonts embed(PDDocument document) throws IOException {
        return embed(document, true);
    }

    /**
     * Fonts parsed for this document alone, leaving any parsed ahead for the next {@link #embed}:
     * the warm-up's sample page had taken the fonts it had just parsed for the briefing, which then
     * parsed them again on its main thread (≈ 4 % of the ten-year briefing's).
     */
    static PdfFonts embedOwn(PDDocument document) throws IOException {
        return embed(document, false);
    }

    private static PdfFonts embed(PDDocument document, boolean takeParsedAhead) throws IOException {
        boolean chinese = ExportFonts.chineseFirst();
        String regular = chinese ? ExportFonts.CJK_REGULAR : ExportFonts.REGULAR;
        String bold = chinese ? ExportFonts.CJK_BOLD : ExportFonts.BOLD;
        String regularSecond = chinese ? ExportFonts.REGULAR : ExportFonts.CJK_REGULAR;
        String boldSecond = chinese ? ExportFonts.BOLD : ExportFonts.CJK_BOLD;
        List<PdfFontChain> chains = PdfFontChain.of(load(document, regular, takeParsedAhead),
                load(document, bold, takeParsedAhead),
                later(document, regularSecond, takeParsedAhead), later(document, boldSecond, takeParsedAhead));
        return new PdfFonts(chains.get(0), chains.get(1));
    }

    /** Parses the interface language's first fonts for the next document to take; on any thread. */
    static void parseAhead() throws IOException {
        boolean chinese = ExportFonts.chineseFirst();
        for (String resource : chinese ? List.of(ExportFonts.CJK_REGULAR, ExportFonts.CJK_BOLD)
                : List.of(ExportFonts.REGULAR, ExportFonts.BOLD)) {
            if (!PARSED_AHEAD.containsKey(resource)) {
                PARSED_AHEAD.putIfAbsent(resource, parse(resource));
            }
        }
    }

    /** For tests: whether a parsed font waits for the next document. */
    static boolean parsedAhead(String resource) {
        return PARSED_AHEAD.containsKey(resource);
    }

    /**
     * Loads a font with glyph substitution off. PDFBox otherwise applies the font's Latin ligatures
     * (DejaVu Sans has "ﬁ", "ﬂ", "ﬃ"), and a reader then copies and searches "oﬃcials" as one
     * ligature character, so "officials" is not found; a briefing is a text people search.
     */
    private static PDFont load(PDDocument document, String resource, boolean takeParsedAhead) throws IOException {
        TrueTypeFont ahead = takeParsedAhead ? PARSED_AHEAD.remove(resource) : null;
        TrueTypeFont font = ahead != null ? ahead : parse(resource);
        font.setEnableGsub(false);
        // The subset is cut from the font when the document is saved; the document closes it then.
        document.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(document, font, true);
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = ExportFonts.open(resource)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    private static Supplier<Optional<PDFont>> later(PDDocument document, String resource, boolean takeParsedAhead) {
        return () -> {
            try {
                return Optional.of(load(document, resource, takeParsedAhead));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the bundled font " + resource, unreadable);
            }
        };
    }
}
