package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/**
 * The fonts the warm-up parses ahead (issue 20) are taken by the next document, once, and are
 * embedded as subsets like fonts it parses itself; Chinese names still bring in Noto Sans SC.
 */
class PdfFontsParsedAheadTest {

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theFontsParsedAheadAreTakenOnceAndEmbeddedAsSubsetsWithTheSecondFontWhenNeeded() throws Exception {
        PdfFonts.parseAhead();
        assertThat(PdfFonts.parsedAhead(ExportFonts.REGULAR)).isTrue();
        assertThat(PdfFonts.parsedAhead(ExportFonts.BOLD)).isTrue();

        byte[] pdf = written("Athletes 运动员 0.42 %");

        assertThat(PdfFonts.parsedAhead(ExportFonts.REGULAR)).as("taken by the document").isFalse();
        assertThat(PdfFonts.parsedAhead(ExportFonts.BOLD)).isFalse();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Athletes 运动员 0.42 %");
            List<String> fonts = fontNames(document);
            assertThat(fonts).anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans"))
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC-Regular"));
        }
        // A second document parses its own again.
        try (PDDocument document = Loader.loadPDF(written("Media"))) {
            assertThat(fontNames(document)).containsExactly(fontNames(document).getFirst())
                    .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans"));
        }
    }

    @Test
    void theWarmUpLeavesTheFontsItParsedForTheBriefing() throws Exception {
        // Joined through the thread start() returns: looked up by name, a warm-up that only parses
        // the fonts (decision 0082) could end before it is found.
        Thread warmUp = PdfWarmUp.start();
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("the warm-up ended").isFalse();

        // The fonts parsed ahead wait for the briefing.
        assertThat(PdfFonts.parsedAhead(ExportFonts.REGULAR)).isTrue();
        assertThat(PdfFonts.parsedAhead(ExportFonts.BOLD)).isTrue();
        written("Athletes");
        assertThat(PdfFonts.parsedAhead(ExportFonts.REGULAR)).as("taken by the briefing").isFalse();
        assertThat(PdfFonts.parsedAhead(ExportFonts.BOLD)).isFalse();
    }

    @Test
    void inChineseTheChineseFontsAreParsedAhead() throws Exception {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        PdfFonts.parseAhead();

        assertThat(PdfFonts.parsedAhead(ExportFonts.CJK_REGULAR)).isTrue();
        try (PDDocument document = Loader.loadPDF(written("运动员"))) {
            assertThat(fontNames(document)).allMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC-Regular"));
        }
        assertThat(PdfFonts.parsedAhead(ExportFonts.CJK_REGULAR)).isFalse();
        written("运动员 bold"); // takes the bold one too, so no other test finds it waiting
    }

    private static byte[] written(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            PDPage page = new PDPage(BriefingPdfWriter.PAGE);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new PdfText(stream).line(line, fonts.regular(), 12, 40, 400);
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static List<String> fontNames(PDDocument document) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
            PDFont font = document.getPage(0).getResources().getFont(name);
            names.add(font.getName());
        }
        return names;
    }
}
