package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Pages whose content streams were deflated on the other thread (issue 20) are the pages PDFBox
 * writes when it deflates them itself: the same streams, byte for byte, each marked /FlateDecode,
 * the page's own drawing and the footer appended after it alike.
 */
class PageContentDeflaterTest {

    @Test
    void pagesDeflatedBesideHoldTheSameStreamsAsPagesPdfBoxDeflatesItself() throws Exception {
        byte[] besides = written(true);
        byte[] itself = written(false);

        try (PDDocument deflatedBeside = Loader.loadPDF(besides); PDDocument deflatedByPdfBox = Loader.loadPDF(itself)) {
            assertThat(deflatedBeside.getNumberOfPages()).isEqualTo(3);
            for (int page = 0; page < 3; page++) {
                List<COSStream> beside = streams(deflatedBeside.getPage(page));
                List<COSStream> pdfBox = streams(deflatedByPdfBox.getPage(page));
                assertThat(beside).as("the page's drawing, the footer and the footer's saved state").hasSize(3)
                        .hasSameSizeAs(pdfBox);
                // PDFBox's "q" before the drawing stays uncompressed, as PDFBox writes it.
                assertThat(beside.getFirst().getFilters()).isNull();
                assertThat(raw(beside.getFirst())).asString().isEqualTo("q\n");
                for (int i = 0; i < beside.size(); i++) {
                    assertThat(beside.get(i).getFilters()).isEqualTo(i == 0 ? null : COSName.FLATE_DECODE)
                            .isEqualTo(pdfBox.get(i).getFilters());
                    assertThat(raw(beside.get(i))).as("page %d, stream %d", page + 1, i + 1)
                            .isEqualTo(raw(pdfBox.get(i)));
                }
            }
            String text = new PDFTextStripper().getText(deflatedBeside);
            assertThat(text).contains("Page 1 of 3 body", "Page 1 of 3 footer", "Page 3 of 3 body", "Page 3 of 3 footer");
        }
    }

    @Test
    void aLongStreamIsDeflatedAsPdfBoxDeflatesIt() throws Exception {
        StringBuilder drawing = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            drawing.append(i % 97).append(' ').append(i % 13).append(" m\n");
        }
        byte[] drawn = drawing.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        COSStream byPdfBox = new COSStream();
        try (var out = byPdfBox.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(drawn);
        }

        assertThat(PageContentDeflater.deflate(drawn)).isEqualTo(raw(byPdfBox)).hasSizeLessThan(drawn.length / 3);
    }

    private static byte[] written(boolean deflatedBeside) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); PageContentDeflater deflater = new PageContentDeflater(document)) {
            PdfFonts fonts = PdfFonts.embed(document);
            List<PDPage> pages = new ArrayList<>();
            for (int number = 1; number <= 3; number++) {
                PDPage page = new PDPage(BriefingPdfWriter.PAGE);
                document.addPage(page);
                pages.add(page);
                try (PDPageContentStream stream = deflatedBeside ? deflater.open(page)
                        : new PDPageContentStream(document, page)) {
                    PdfText text = new PdfText(stream);
                    for (int line = 0; line < 40; line++) {
                        text.line("Page " + number + " of 3 body, line " + line + ": 0.42 % (95 % CI 0.31–0.55 %)",
                                fonts.regular(), 10, 40, 560 - 13 * line);
                    }
                    stream.addRect(40, 40, 300, 20);
                    stream.stroke();
                }
                if (deflatedBeside) {
                    deflater.drawn(page);
                }
            }
            for (PDPage page : pages) {
                try (PDPageContentStream stream = deflatedBeside ? deflater.append(page)
                        : new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    new PdfText(stream).line("Page " + (pages.indexOf(page) + 1) + " of 3 footer", fonts.regular(), 7.5f,
                            40, 20);
                }
                if (deflatedBeside) {
                    deflater.drawn(page);
                }
            }
            deflater.finish();
            document.save(out);
        }
        return out.toByteArray();
    }

    private static List<COSStream> streams(PDPage page) throws IOException {
        List<COSStream> streams = new ArrayList<>();
        for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
            streams.add(it.next().getCOSObject());
        }
        return streams;
    }

    private static byte[] raw(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
