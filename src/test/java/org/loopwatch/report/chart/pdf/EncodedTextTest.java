package org.loopwatch.report.chart.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.loopwatch.report.PdfFonts;

/**
 * Text shown with its characters' codes kept (issue 20) writes what PDFBox's own showText writes:
 * the same content stream, byte for byte, and the same embedded font subsets — Latin, the Chinese
 * fallback font, characters no font has ("?"), control characters, and a font that is not subset.
 */
class EncodedTextTest {

    private static final List<String> LINES = List.of(
            "Athletes, In-loop, Jan 9: 2 positives in 15,352 tests (0.0130 %); P(X ≥ 2) = 0.0063, below α 0.01",
            "运动员 Athletes 0.42 % – 95 % CI 0.31–0.55 %",
            "Media\tcentre क (no font has Devanagari) «quoted» — ½",
            "Athletes, In-loop, Jan 9: 2 positives in 15,352 tests (0.0130 %)",
            "(parentheses) and back\\slash",
            "");

    @Test
    void theContentStreamAndTheEmbeddedSubsetsAreThoseOfPdfBoxsShowText() throws Exception {
        byte[] kept = written(true);
        byte[] pdfBox = written(false);

        try (PDDocument withCodesKept = Loader.loadPDF(kept); PDDocument withPdfBox = Loader.loadPDF(pdfBox)) {
            assertThat(contents(withCodesKept)).isEqualTo(contents(withPdfBox)).isNotEmpty();
            assertThat(fontFiles(withCodesKept)).isEqualTo(fontFiles(withPdfBox)).hasSizeGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(withCodesKept);
            assertThat(text).contains("运动员 Athletes 0.42 %", "P(X ≥ 2) = 0.0063", "Media centre ? (no font has Devanagari)",
                    "(parentheses) and back\\slash");
        }
    }

    @Test
    void aFontThatIsNotSubsetShowsTheSameBytesAsPdfBoxDoes() throws Exception {
        PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PdfFontChain chain = PdfFontChain.of(helvetica, helvetica, Optional::empty).get(0);
        try (PDDocument document = new PDDocument()) {
            PDPage kept = page(document);
            PDPage byPdfBox = page(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, kept,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                stream.beginText();
                chain.show(stream, "p ≤ 0.01 (twice) p ≤ 0.01", 10);
                stream.endText();
            }
            try (PDPageContentStream stream = new PDPageContentStream(document, byPdfBox,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                stream.beginText();
                shownByPdfBox(stream, chain, "p ≤ 0.01 (twice) p ≤ 0.01", 10);
                stream.endText();
            }
            assertThat(raw(kept)).isEqualTo(raw(byPdfBox)).contains("(p ? 0.01 \\(twice\\) p ? 0.01) Tj");
        }
    }

    /** A document with every line in regular and bold, shown by the chain or run by run by PDFBox. */
    private static byte[] written(boolean codesKept) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            PDPage page = page(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                float y = 560;
                for (int round = 0; round < 2; round++) {
                    for (String line : LINES) {
                        for (PdfFontChain font : List.of(fonts.regular(), fonts.bold())) {
                            stream.beginText();
                            stream.newLineAtOffset(20, y);
                            if (codesKept) {
                                font.show(stream, line, 9);
                            } else {
                                shownByPdfBox(stream, font, line, 9);
                            }
                            stream.endText();
                            y -= 12;
                        }
                    }
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static void shownByPdfBox(PDPageContentStream stream, PdfFontChain font, String text, float size)
            throws IOException {
        for (PdfFontChain.Run run : font.runs(text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(new PDRectangle(842, 595));
        document.addPage(page);
        return page;
    }

    private static byte[] contents(PDDocument document) throws IOException {
        try (InputStream in = document.getPage(0).getContents()) {
            return in.readAllBytes();
        }
    }

    private static String raw(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Each embedded font's name (with its subset tag) and its font file's bytes. */
    private static List<String> fontFiles(PDDocument document) throws IOException {
        List<String> files = new ArrayList<>();
        for (COSName name : document.getPage(0).getResources().getFontNames()) {
            PDType0Font font = (PDType0Font) document.getPage(0).getResources().getFont(name);
            try (InputStream in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
                files.add(font.getName() + " " + java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        files.sort(null);
        return files;
    }
}
