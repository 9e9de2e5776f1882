package org.loopwatch.report.chart.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.loopwatch.report.ExportFonts;

/** Text in scripts the first font lacks: shown in the fallback font, or as "?" and listed. */
class PdfFontChainTest {

    @Test
    void eachCharacterIsShownInTheFirstFontThatHasItAndTheRestAreListed() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream dejaVu = ExportFonts.open(ExportFonts.REGULAR)) {
            // Helvetica (WinAnsi) lacks "≤" and "α", which DejaVu Sans has; neither has Chinese.
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont fallback = PDType0Font.load(document, dejaVu);
            PdfFontChain chain = PdfFontChain.of(helvetica, helvetica, () -> Optional.of(fallback)).get(0);

            List<PdfFontChain.Run> runs = chain.runs("p ≤ 0.01 α 运动");

            assertThat(runs).extracting(PdfFontChain.Run::text).containsExactly("p ", "≤", " 0.01 ", "α", " ??");
            assertThat(runs).extracting(PdfFontChain.Run::font)
                    .containsExactly(helvetica, fallback, helvetica, fallback, helvetica);
            assertThat(chain.notShown()).containsExactly("动", "运");
            assertThat(chain.width("p ≤ 0.01 α 运动", 10)).isPositive();
        }
    }

    @Test
    void aWidthIsExactlyWhatPdfBoxMeasuresForEachRunWhateverWasMeasuredBefore() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream dejaVu = ExportFonts.open(ExportFonts.REGULAR)) {
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont fallback = PDType0Font.load(document, dejaVu);
            PdfFontChain chain = PdfFontChain.of(helvetica, helvetica, () -> Optional.of(fallback)).get(0);

            for (String text : List.of("", "p", "p ≤ 0.01 α 运动", "Arrival positivity ≥ 2 × baseline α≤β", "运动 p")) {
                for (float size : new float[] {7.5f, 10, 13}) {
                    float measured = 0;
                    for (PdfFontChain.Run run : chain.runs(text)) {
                        measured += run.font().getStringWidth(run.text()) / 1000 * size;
                    }
                    // Twice: the second time from the advances kept by the first.
                    assertThat(chain.width(text, size)).as(text).isEqualTo(measured);
                    assertThat(chain.width(text, size)).as(text).isEqualTo(measured);
                }
            }
        }
    }

    @Test
    void withoutAFallbackFontTextIsStillWrittenWithQuestionMarks() throws Exception {
        PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<PdfFontChain> chains = PdfFontChain.of(helvetica, helvetica, Optional::empty);

        assertThat(chains.get(1).runs("Media ≤")).extracting(PdfFontChain.Run::text).containsExactly("Media ?");
        assertThat(chains.get(0).notShown()).as("shared by regular and bold").containsExactly("≤");
    }

    @Test
    void aControlCharacterInANameIsShownAsASpaceInsteadOfRefusingTheWholePage() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream dejaVu = ExportFonts.open(ExportFonts.REGULAR)) {
            PDFont font = PDType0Font.load(document, dejaVu);
            PdfFontChain chain = PdfFontChain.of(font, font, Optional::empty).get(0);

            assertThat(chain.runs("Ath\tletes")).extracting(PdfFontChain.Run::text).containsExactly("Ath letes");
            assertThat(chain.width("Ath\tletes", 10)).isEqualTo(chain.width("Ath letes", 10));
            assertThat(chain.notShown()).isEmpty();
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream stream =
                         new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                chain.show(stream, "Ath\tletes\r\n", 10); // PDFBox threw "No glyph for U+0009"
                stream.endText();
            }
        }
    }
}
