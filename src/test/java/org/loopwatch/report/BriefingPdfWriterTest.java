package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPanels;
import org.loopwatch.report.chart.StageFilter;

/** Writes a briefing PDF and reads it back as a person's PDF reader would. */
class BriefingPdfWriterTest {

    @TempDir
    Path folder;

    @Test
    void theBriefingHasTheSummaryChartsMethodsAndProvenanceAsSearchableText() throws Exception {
        Path file = folder.resolve("briefing.pdf");

        BriefingPdfWriter.write(content(ChartFixtures.request(ChartKind.ROLLING),
                ChartFixtures.request(ChartKind.TESTS)), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 2 + 1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("LoopWatch briefing — Beijing 2022 closed loop", "Operating staff",
                    "Athletes & team officials", "2,415", "1.6 %", "95 % CI 1.2–2.2 %", "7-day positivity with 95 % confidence interval — in-loop",
                    "Methods", "ratio of sums", "rows 0123456789ab", "LoopWatch 0.1.0", "Page 4 of 4",
                    // Tiny in-loop rates: the legend says what 0.01 % means; the turned axis title stays short.
                    "0.01 % = 10 per 100,000 tests");
            assertThat(text).doesNotContain("positivity (0.01 %");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("LoopWatch briefing — Beijing 2022 closed loop");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2022-01-23T06:00:00Z"));
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theTextReadsBackLetterByLetterWithNoLigatureGlyphs() throws Exception {
        Path file = folder.resolve("ligatures.pdf");

        BriefingPdfWriter.write(content(ChartFixtures.request(ChartKind.ROLLING)), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // What a PDF reader copies or searches: the Unicode of each glyph as drawn, before
            // PDFBox's own stripper folds ligatures back (pdftotext does not, so "oﬃcials" was not found).
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> glyphs.append(position.getUnicode()));
                    glyphs.append('\n');
                }
            };
            stripper.getText(document);
            assertThat(glyphs.toString()).contains("officials", "confidence", "ratio of sums")
                    .doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
        }
    }

    @Test
    void twelveGroupsGetAPageOfChartsPerPanelEachNamingItsGroups() throws Exception {
        Path file = folder.resolve("twelve.pdf");
        List<BriefingContent.ChartPage> pages = ChartPanels.of(ChartFixtures.twelveGroups(ChartKind.ROLLING,
                StageFilter.IN_LOOP)).stream().map(ChartData::of)
                .map(data -> new BriefingContent.ChartPage(data.title(), data.subtitle(), data)).toList();
        BriefingContent content = content(ChartFixtures.request(ChartKind.TESTS));

        BriefingPdfWriter.write(new BriefingContent(content.title(), content.subtitle(), content.recentHeading(),
                content.summary(), content.remarks(), pages, content.methods(), content.provenance()), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 4 + 1);
            assertThat(pageText(document, 2)).contains("Athletes", "Media").doesNotContain("Volunteers");
            assertThat(pageText(document, 4)).contains("Marketing partners").doesNotContain("Drivers");
            assertThat(pageText(document, 5)).contains("All groups", "Athletes & team officials")
                    .doesNotContain("Catering");
            BufferedImage panel = new PDFRenderer(document).renderImage(3, 1);
            assertThat(ExportFixtures.colouredShare(panel)).as("lines in colour").isGreaterThan(0.002);
        }
    }

    @Test
    void aFailedWriteLeavesNoFile() throws Exception {
        Path target = folder.resolve("no-such-folder").resolve("briefing.pdf");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefingPdfWriter.write(
                        content(ChartFixtures.request(ChartKind.TESTS)), target))
                .hasMessageContaining("does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void chartPagesAreVectorDrawingsWithTheAxesLegendAndKeyDatesAsText() throws Exception {
        Path file = folder.resolve("charts.pdf");

        BriefingPdfWriter.write(content(ChartFixtures.request(ChartKind.ROLLING),
                ChartFixtures.request(ChartKind.POSITIVES)), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDPage rolling = document.getPage(1);
            assertThat(rolling.getResources().getXObjectNames()).as("no pictures: the chart is drawn").isEmpty();
            String text = pageText(document, 2);
            // (The turned axis title comes out of a text extractor letter by letter, so it is not looked for.)
            assertThat(text).contains("0.004 %", "4 Jan", "18 Jan", "2022",
                    "Athletes", "Operating staff", "All groups", "shaded: 95 % CI", "Games open",
                    "interval continues above the axis")
                    .doesNotContain("Outside the period");
            assertThat(pageText(document, 3)).contains("Positives per day", "flagged: more positives than the 14 days");

            BufferedImage page = new PDFRenderer(document).renderImage(1, 1.5f);
            // Athletes' in-loop line lies along 0 (no positives in 900 tests a day); their legend swatch alone is 0.00005.
            assertThat(ExportFixtures.nearColourShare(page, 0x0072B2)).as("athletes' line in their blue").isGreaterThan(0.0002);
            // Staff's line lies under the dashed line of "All groups", which has the same values here.
            assertThat(ExportFixtures.nearColourShare(page, 0xE69F00)).as("staff's line in their orange").isGreaterThan(0.0002);
            BufferedImage bars = new PDFRenderer(document).renderImage(2, 1.5f);
            assertThat(ExportFixtures.nearColourShare(bars, 0xE69F00)).as("staff's bars").isGreaterThan(0.002);
        }
    }

    @Test
    void aNameNoFontCanShowIsPrintedAsQuestionMarksAndTheMethodsPageSaysSo() throws Exception {
        Path file = folder.resolve("hieroglyphs.pdf");
        // Egyptian hieroglyphs: in neither of the bundled fonts, DejaVu Sans and Noto Sans SC.
        BriefingContent content = content(ChartFixtures.request(ChartKind.TESTS));
        BriefingContent named = new BriefingContent(content.title(), content.subtitle(), content.recentHeading(),
                List.of(new BriefingContent.SummaryLine("Scribes \uD80C\uDC00", "arrival", "10", "0", "0 %",
                        "95 % CI 0–28 %", "0 %", "", false)), content.remarks(), content.charts(), content.methods(),
                content.provenance());

        BriefingPdfWriter.write(named, file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(pageText(document, 1)).contains("Scribes ?");
            assertThat(pageText(document, document.getNumberOfPages()))
                    .contains("cannot show", "(U+13000)", "printed as \"?\"");
        }
    }

    @Test
    void chineseNamesComeFromTheBundledFontEmbeddedAsASubsetWithARealBoldFace() throws Exception {
        Path file = folder.resolve("chinese-names.pdf");
        BriefingContent content = content(ChartFixtures.request(ChartKind.TESTS));
        BriefingContent named = new BriefingContent("简报 — " + content.title(), content.subtitle(), content.recentHeading(),
                List.of(new BriefingContent.SummaryLine("运动员和随队官员", "arrival", "171", "0", "0 %",
                        "95 % CI 0–2.2 %", "0 %", "", false)), content.remarks(), content.charts(), content.methods(),
                content.provenance());

        BriefingPdfWriter.write(named, file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(pageText(document, 1)).contains("简报 — LoopWatch briefing", "运动员和随队官员");
            assertThat(pageText(document, document.getNumberOfPages())).doesNotContain("cannot show");
            Set<String> fonts = embeddedFontNames(document);
            // A subset's name carries a six-letter tag: "ABCDEF+NotoSansSC-Bold".
            assertThat(fonts).anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC-Regular"))
                    .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC-Bold"));
        }
        // The two faces are 10.5 MB each; their subsets for a few names add little.
        assertThat(Files.size(file)).isLessThan(200_000);
    }

    @Test
    void aChineseBriefingIsSetInNotoSansScThroughoutAndStaysSmall() throws Exception {
        Path file = folder.resolve("chinese.pdf");
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        try {
            BriefingPdfWriter.write(content(ChartFixtures.request(ChartKind.ROLLING)), file);
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(embeddedFontNames(document)).allMatch(name -> name.contains("NotoSansSC"), "Noto Sans SC only");
            String lastPage = pageText(document, document.getNumberOfPages());
            assertThat(lastPage).contains("方法说明", "第 3 页，共 3 页", "95% 置信区间，Wilson 得分区间");
        }
        assertThat(Files.size(file)).isLessThan(200_000);
    }

    /**
     * With fixed shares the stage column wrapped "闭环内检测" as "闭环内检 / 测", and a flag's date as
     * "12月12 / 日", while the group column stood half empty; each row took three lines.
     */
    @Test
    void theSummaryTablesColumnsAreAsWideAsTheirWordsSoChineseRowsKeepTheirWordsWhole() throws Exception {
        Path file = folder.resolve("columns.pdf");
        BriefingContent plain = content(ChartFixtures.request(ChartKind.ROLLING));
        List<BriefingContent.SummaryLine> lines = new java.util.ArrayList<>();
        for (String name : List.of("Athletes", "Team officials", "Operating staff", "Media", "Group 5", "Group 6",
                "Group 7", "Group 8", "Group 9", "Group 10", "Group 11", "Group 12")) {
            lines.add(new BriefingContent.SummaryLine(name, "闭环内检测", "1,085,750", "26", "0.00239%（每10万检测 2.39 例）",
                    "95% 置信区间 0.00163–0.00351%", "0.00415%（每10万检测 4.15 例）", "预警3天，最近 12月12日", false));
        }
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        try {
            BriefingPdfWriter.write(new BriefingContent(plain.title(), plain.subtitle(), "最近7日", lines, plain.remarks(),
                    plain.charts(), plain.methods(), plain.provenance()), file);
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String first = pageText(document, 1);
            assertThat(first.split("闭环内检测", -1)).as("all twelve rows on the first page, each stage whole:%n%s", first)
                    .hasSize(13);
            assertThat(first.split("最近 12月12日", -1)).as("each flag's date whole").hasSize(13);
            assertThat(first).contains("0.00239%（每10万检测 2.39 例）");
        }
    }

    @Test
    void aTenYearChartIsDrawnByMonthWithYearTicks() throws Exception {
        Path file = folder.resolve("ten-years.pdf");
        ChartData tenYears = ChartData.of(ChartFixtures.longRequest(ChartKind.TESTS, LocalDate.of(2016, 1, 1),
                LocalDate.of(2025, 12, 28)));

        BriefingPdfWriter.write(content(tenYears.request()), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = pageText(document, 2);
            assertThat(text).contains("Tests per month", "2016", "2020", "2025").doesNotContain("Dec 2016");
            BufferedImage page = new PDFRenderer(document).renderImage(1, 1.5f);
            assertThat(ExportFixtures.nearColourShare(page, 0x0072B2)).as("athletes' monthly bars").isGreaterThan(0.004);
        }
    }

    private static Set<String> embeddedFontNames(PDDocument document) throws Exception {
        Set<String> names = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
        }
        return names;
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void remarksTallerThanAPageFlowOntoFurtherPagesEachOnceInOrderAboveTheFooter() throws Exception {
        // Before, the writer added pages for as long as the remarks did not fit on one: for ever.
        List<String> remarks = new java.util.ArrayList<>();
        remarks.add("Alerts in the period (150), each judged by its group and stage's rule:");
        for (int i = 1; i <= 150; i++) {
            remarks.add(String.format(Locale.ROOT, "• Remark %03d: Operating staff, In-loop, 22 Jan: 8 positives in "
                    + "1,000 tests (0.80 %%); baseline 14 of 14,000 on 14 of the 14 days before (0.10 %%, with the "
                    + "half-count 0.10 %%); P(X ≥ 8) = 0.000013, below α 0.01", i));
        }
        // And one remark taller than a page by itself: it is split line by line.
        remarks.add("Remark long: " + "a sentence that goes on and on to fill the page. ".repeat(600) + "Remark end.");
        Path file = folder.resolve("many-remarks.pdf");

        BriefingPdfWriter.write(content(remarks, ChartFixtures.request(ChartKind.ROLLING)), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            int summaryPages = pages - 2;
            // 150 remarks of two lines and a 300-line paragraph: about 600 lines at 37 a page.
            assertThat(summaryPages).isBetween(12, 22);
            float floor = BriefingPdfWriter.PAGE.getHeight() - BriefingPdfWriter.MARGIN - BriefingPdfWriter.FOOTER_HEIGHT;
            List<Float> lowest = new java.util.ArrayList<>();
            StringBuilder body = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    if (text.startsWith("• Remark") || text.startsWith("a sentence")) {
                        positions.forEach(position -> lowest.add(position.getYDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            for (int page = 2; page <= summaryPages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).startsWith("Summary (continued)");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(summaryPages);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            int last = -1;
            for (int i = 1; i <= 150; i++) {
                String remark = String.format(Locale.ROOT, "Remark %03d:", i);
                assertThat(text.indexOf(remark)).as(remark).isGreaterThan(last);
                assertThat(text.indexOf(remark, text.indexOf(remark) + 1)).as(remark + " once").isEqualTo(-1);
                last = text.indexOf(remark);
            }
            assertThat(text.indexOf("Remark long:")).isGreaterThan(last);
            assertThat(text).contains("Remark end.");
            assertThat(lowest).isNotEmpty().allSatisfy(y -> assertThat(y).isLessThan(floor));
            stripper.setStartPage(summaryPages + 1);
            stripper.setEndPage(summaryPages + 1);
            assertThat(stripper.getText(document)).contains("7-day positivity");
        }
    }

    private static BriefingContent content(List<String> remarks, org.loopwatch.report.chart.ChartRequest... requests) {
        BriefingContent plain = content(requests);
        return new BriefingContent(plain.title(), plain.subtitle(), plain.recentHeading(), plain.summary(), remarks,
                plain.charts(), plain.methods(), plain.provenance());
    }

    private static BriefingContent content(org.loopwatch.report.chart.ChartRequest... requests) {
        List<BriefingContent.ChartPage> charts = java.util.Arrays.stream(requests).map(ChartData::of)
                .map(data -> new BriefingContent.ChartPage(data.title() + " — in-loop", data.subtitle(), data)).toList();
        Provenance provenance = new Provenance("Positivity = positives ÷ tests, ratio of sums", IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE, Optional.of(Instant.parse("2022-01-22T08:00:00Z")),
                Instant.parse("2022-01-23T06:00:00Z"), "0.1.0", "0123456789ab", 76, ZoneOffset.ofHours(8));
        return new BriefingContent("LoopWatch briefing — Beijing 2022 closed loop", "4–22 January 2022 · all groups",
                "Last 7 days", List.of(new BriefingContent.SummaryLine("Operating staff", "arrival", "2,415", "39", "1.6 %",
                                "95 % CI 1.2–2.2 %", "1.5 %", "", false),
                        new BriefingContent.SummaryLine("Athletes & team officials", "arrival", "171", "0", "0 %",
                                "95 % CI 0–2.2 %", "0 %", "", true)),
                List.of("Positives per 100 arrivals: Operating staff 2.8."),
                charts,
                List.of("Positivity is the ratio of sums: all positives divided by all tests over the period."),
                provenance);
    }
}
