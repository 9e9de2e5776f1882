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

    /** The briefing's summary table wrapped "95 % CI 0.00750–0.0997 %" leaving the last "%" alone on a line. */
    @Test
    void aPercentSignStaysWithItsNumber() throws Exception {
        String interval = "95 % CI 0.00750–0.0997 %";
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                Texts.useLanguage(language);
                for (float width = 20; width <= 200; width += 2.5f) {
                    List<String> lines = PdfText.wrap(interval, fonts.bold(), 9, width);

                    assertThat(lines).as("%s at %s", language, width).noneMatch(line -> line.startsWith("%"));
                    assertThat(String.join(" ", lines).replace("– ", "–")).isEqualTo(interval);
                }
            }
            Texts.useLanguage(Locale.ENGLISH);
            assertThat(PdfText.wrap(interval, fonts.bold(), 9, PdfText.width(interval, fonts.bold(), 9) - 1))
                    .containsExactly("95 % CI 0.00750–", "0.0997 %");
        }
    }

    /** The briefing's remarks ended lines with "P", "P(X ≥" or "α" and began the next with "(X ≥ 2)", "2) =" or "0.01". */
    @Test
    void anAlertsProbabilityIsNeverSplitInsideItsFormula() throws Exception {
        List<String> remarks = List.of(
                "Media, Arrival, Jan 28: 2 positives in 29 tests (6.9 %); baseline 3 of 1,606 on 14 of the 14 days before "
                        + "(0.19 %; with the half-count 0.22 %); P(X ≥ 2) = 0.0019, below α 0.01",
                "Group 7，闭环内检测，2月2日：3,481 份检测中 2 例阳性（0.0575%）；P(X ≥ 2) = 0.0069，低于 α 0.01");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                Texts.useLanguage(language);
                for (String remark : remarks) {
                    for (float width = 60; width <= 700; width += 1.5f) {
                        List<String> lines = PdfText.wrap(remark, fonts.regular(), 9, width);

                        assertThat(lines).as("%s at %s", remark, width).anyMatch(line -> line.contains("P(X ≥ 2)"))
                                .noneMatch(line -> line.endsWith("α"));
                    }
                }
            }
            Texts.useLanguage(Locale.ENGLISH);
        }
    }

    /** The Chinese summary table wrapped a flag's date as "12月27 / 日" and a rate as "2.57 / 例）". */
    @Test
    void aChineseDateOrCountKeepsItsUnitOnItsLine() throws Exception {
        List<String> texts = List.of("预警34天，最近 12月27日", "0.00257%（每10万检测 2.57 例）", "2025年12月28日");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
            for (String text : texts) {
                for (float width = 20; width <= 200; width += 1.5f) {
                    List<String> lines = PdfText.wrap(text, fonts.bold(), 9, width);

                    for (int i = 1; i < lines.size(); i++) {
                        String before = lines.get(i - 1);
                        String line = lines.get(i);
                        assertThat(line).as("%s at %s: %s", text, width, lines).doesNotStartWith("日").doesNotStartWith("天")
                                .doesNotStartWith("例").doesNotStartWith("月").doesNotStartWith("年");
                        assertThat(before.endsWith("月") && Character.isDigit(line.charAt(0)))
                                .as("%s at %s: %s", text, width, lines).isFalse();
                    }
                    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
                }
            }
        }
    }

    /**
     * Wrapping measures each line once, character by character, and asks the line-breaking rules
     * only where the line overflows (decision 0081), instead of measuring the whole line again for
     * every word at every break the rules allow: the lines must be exactly those of the word-by-word
     * way, for English, Chinese, mixed text, runs of spaces, words wider than the line and the
     * briefing's remarks, at many widths.
     */
    @Test
    void theRunningWidthBreaksExactlyWhereMeasuringEachWholeLineDid() throws Exception {
        List<String> texts = List.of(
                Texts.of(PdfText.class).get("methods.ratioOfSums"),
                "Alerts in the period (40), newest first:  Athletes · in-loop   2024-03-05 … 2024-03-11 ↑ 0.42 %",
                "Team officials 团队官员 — 入境检测 2016年1月1日，阳性 3 例。 Supercalifragilisticexpialidocious  ",
                "   leading spaces, and Ω ≥ ≤ ÷ symbols, then 媒体工作人员与运营人员的闭环内检测。",
                "• Group 6, In-loop, Jan 27: 2 positives in 8,732 tests (0.0229 %); baseline 2 of 163,512 on 14 of the 14 "
                        + "days before (0.00122 %; with the half-count 0.00153 %); P(X ≥ 2) = 0.0082, below α 0.01",
                "· Team officials，闭环内检测，2月2日：6,002 份检测中 2 例阳性（0.0333%）；基线：此前 14 天中 14 天有报告，"
                        + "151,839 份检测中 2 例阳性（0.00132%；加半计数后 0.00165%）；P(X ≥ 2) = 0.0046，低于 α 0.01");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                Texts.useLanguage(language);
                for (String text : texts) {
                    for (float width = 20; width <= 420; width += 7.5f) {
                        assertThat(PdfText.wrap(text, fonts.bold(), 9, width))
                                .as("%s at %s in %s", text, width, language)
                                .isEqualTo(wrappedMeasuringWholeLines(text, fonts, width));
                    }
                }
            }
        }
    }

    /** The wrapping before issue 20's change, kept here as the reference. */
    private static List<String> wrappedMeasuringWholeLines(String text, PdfFonts fonts, float width) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance(Texts.language());
        breaks.setText(text);
        StringBuilder current = new StringBuilder();
        int start = breaks.first();
        for (int end = nextBreak(breaks, text); end != java.text.BreakIterator.DONE;
             start = end, end = nextBreak(breaks, text)) {
            String piece = text.substring(start, end);
            String candidate = current + piece;
            if (fonts.bold().width(candidate.stripTrailing(), 9) > width && !current.isEmpty()) {
                lines.add(current.toString().stripTrailing());
                current = new StringBuilder(piece);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString().stripTrailing());
        }
        return lines;
    }

    /** Every place a line may break, in turn: the rules' places that PdfText does not keep together. */
    private static int nextBreak(java.text.BreakIterator breaks, CharSequence text) {
        int end = breaks.next();
        while (end != java.text.BreakIterator.DONE && end > 0 && end < text.length() && PdfText.keptTogether(text, end)) {
            end = breaks.next();
        }
        return end;
    }
}
