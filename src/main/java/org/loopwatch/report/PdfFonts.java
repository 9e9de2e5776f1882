package org.loopwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.loopwatch.report.chart.PdfFontChain;

/**
 * The two fonts of a PDF, regular and bold, each a chain of the bundled DejaVu Sans and Noto Sans
 * SC embedded as subsets. The interface language decides which comes first (Chinese pages use Noto
 * Sans SC throughout); the second is read and embedded only when a character needs it, so an
 * English briefing without Chinese names carries no Chinese font at all.
 */
public record PdfFonts(PdfFontChain regular, PdfFontChain bold) {

    /** Fonts for a new document in the interface language. */
    public static PdfFonts embed(PDDocument document) throws IOException {
        boolean chinese = ExportFonts.chineseFirst();
        String regular = chinese ? ExportFonts.CJK_REGULAR : ExportFonts.REGULAR;
        String bold = chinese ? ExportFonts.CJK_BOLD : ExportFonts.BOLD;
        String regularSecond = chinese ? ExportFonts.REGULAR : ExportFonts.CJK_REGULAR;
        String boldSecond = chinese ? ExportFonts.BOLD : ExportFonts.CJK_BOLD;
        List<PdfFontChain> chains = PdfFontChain.of(load(document, regular), load(document, bold),
                later(document, regularSecond), later(document, boldSecond));
        return new PdfFonts(chains.get(0), chains.get(1));
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = ExportFonts.open(resource)) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static Supplier<Optional<PDFont>> later(PDDocument document, String resource) {
        return () -> {
            try {
                return Optional.of(load(document, resource));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the bundled font " + resource, unreadable);
            }
        };
    }
}
