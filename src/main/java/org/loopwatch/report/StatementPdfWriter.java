package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.loopwatch.report.chart.pdf.PdfFontChain;

/**
 * Writes the daily statement as a one-page A4 PDF (SPEC §5): title, event, a section per stage
 * with a line per group, and the provenance footer, in the interface language with the bundled
 * fonts embedded, so the text can be searched and copied. A statement too long for the page at
 * the usual size is set smaller rather than spilling onto a second page. Written completely or
 * not at all ({@link AtomicFiles}).
 */
public final class StatementPdfWriter {

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float LARGEST = 11;
    private static final float SMALLEST = 5;

    private StatementPdfWriter() {
    }

    public static void write(StatementPage statement, Path target) throws IOException {
        AtomicFiles.write(target, temporary -> {
            try (PDDocument document = new PDDocument()) {
                PdfFonts fonts = PdfFonts.embed(document);
                PDDocumentInformation information = document.getDocumentInformation();
                information.setTitle(statement.title());
                information.setCreator("LoopWatch");
                information.setCreationDate(GregorianCalendar.getInstance());
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    draw(new PdfText(stream), fonts, statement);
                }
                document.save(temporary.toFile());
            }
        });
    }

    private static void draw(PdfText text, PdfFonts fonts, StatementPage statement) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<String> footer = new ArrayList<>();
        for (String line : statement.footer()) {
            footer.addAll(PdfText.wrap(line, fonts.regular(), FOOTER_SIZE, width));
        }
        float footerTop = MARGIN + footer.size() * FOOTER_SIZE * 1.35f + 10;
        float size = LARGEST;
        while (size > SMALLEST && height(fonts, statement, size, width) > PAGE.getHeight() - MARGIN - footerTop) {
            size -= 0.5f;
        }
        float y = PAGE.getHeight() - MARGIN - size * 1.6f;
        y = text.paragraph(statement.title(), fonts.bold(), size * 1.45f, MARGIN, y, width);
        if (!statement.subtitle().isBlank()) {
            y = text.paragraph(statement.subtitle(), fonts.regular(), size, MARGIN, y, width);
        }
        for (StatementPage.Section section : statement.sections()) {
            y -= size * 0.8f;
            y = text.paragraph(section.heading(), fonts.bold(), size * 1.15f, MARGIN, y, width);
            for (String line : section.lines()) {
                y = text.paragraph(line, fonts.regular(), size, MARGIN + size, y, width - size) - size * 0.15f;
            }
        }
        float footerY = MARGIN;
        for (int i = footer.size() - 1; i >= 0; i--) {
            text.line(footer.get(i), fonts.regular(), FOOTER_SIZE, MARGIN, footerY);
            footerY += FOOTER_SIZE * 1.35f;
        }
    }

    /** How tall the statement's body is at {@code size} points. */
    private static float height(PdfFonts fonts, StatementPage statement, float size, float width) throws IOException {
        float height = size * 1.6f + lines(statement.title(), fonts.bold(), size * 1.45f, width) * size * 1.45f * 1.35f;
        height += lines(statement.subtitle(), fonts.regular(), size, width) * size * 1.35f;
        for (StatementPage.Section section : statement.sections()) {
            height += size * 0.8f + lines(section.heading(), fonts.bold(), size * 1.15f, width) * size * 1.15f * 1.35f;
            for (String line : section.lines()) {
                height += lines(line, fonts.regular(), size, width - size) * size * 1.35f + size * 0.15f;
            }
        }
        return height;
    }

    private static int lines(String text, PdfFontChain font, float size, float width) throws IOException {
        return text.isBlank() ? 0 : PdfText.wrap(text, font, size, width).size();
    }
}
