package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/** Paragraphs wrap inside their width in both languages: Chinese has no spaces to break at. */
class PdfTextWrapTest {

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void aChineseParagraphBreaksBetweenCharactersAndEveryLineFits() throws Exception {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        String paragraph = Texts.of(PdfText.class).get("methods.ratioOfSums");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);

            List<String> lines = PdfText.wrap(paragraph, fonts.regular(), 10.5f, 200);

            assertThat(lines).hasSizeGreaterThan(4);
            for (String line : lines) {
                assertThat(PdfText.width(line, fonts.regular(), 10.5f)).as(line).isLessThanOrEqualTo(200);
                assertThat(line).as("no line starts with closing punctuation").doesNotStartWith("，").doesNotStartWith("。");
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(paragraph.replace(" ", ""));
        }
    }

    @Test
    void anEnglishParagraphStillBreaksAtSpaces() throws Exception {
        String paragraph = Texts.of(PdfText.class).get("methods.ratioOfSums");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);

            List<String> lines = PdfText.wrap(paragraph, fonts.regular(), 10.5f, 200);

            assertThat(String.join(" ", lines)).isEqualTo(paragraph);
            lines.forEach(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
        }
    }
}
