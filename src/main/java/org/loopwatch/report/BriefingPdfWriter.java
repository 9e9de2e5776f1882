package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.pdf.PdfChart;
import org.loopwatch.report.chart.pdf.PdfFontChain;

/**
 * Writes the briefing PDF with Apache PDFBox: a summary table, one chart per page drawn as vectors
 * ({@link PdfChart}), a methods note, and the provenance footer on every page. Fonts are embedded (subset) so the text can be
 * searched and copied; title, creator and creation date are set in the document information.
 * The file is written completely or not at all ({@link AtomicFiles}).
 */
public final class BriefingPdfWriter {

    private static final Texts TEXT = Texts.of(BriefingPdfWriter.class);

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 40;
    /** Room kept at the bottom of each page for the provenance footer. */
    static final float FOOTER_HEIGHT = 30;
    private static final float REMARK_SIZE = 9;
    /** Baseline to baseline of the remarks' lines, as {@link PdfText#line} steps. */
    private static final float REMARK_LINE = REMARK_SIZE * 1.35f;
    /** How a remark that is a list item starts (the alerts under the summary table). */
    private static final String BULLET = "• ";

    private BriefingPdfWriter() {
    }

    public static void write(BriefingContent content, Path target) throws IOException {
        write(content, target, BriefingExport.Progress.NONE);
    }

    public static void write(BriefingContent content, Path target, BriefingExport.Progress progress) throws IOException {
        AtomicFiles.write(target, temporary -> {
            try (PDDocument document = new PDDocument();
                 PageContentDeflater pagesDeflated = new PageContentDeflater(document)) {
                PdfFonts fonts = PdfFonts.embed(document);
                describe(document, content);
                List<PDPage> pages = new ArrayList<>();
                pages.addAll(summaryPages(document, pagesDeflated, fonts, content));
                int done = 0;
                for (BriefingContent.ChartPage chart : content.charts()) {
                    pages.add(chartPage(document, pagesDeflated, fonts, chart));
                    progress.step(++done, content.steps(), TEXT.format("briefing.drew", chart.heading()));
                }
                pages.add(methodsPage(document, pagesDeflated, fonts, content));
                int number = 1;
                for (PDPage page : pages) {
                    footer(pagesDeflated, page, fonts, content.provenance(), number++, pages.size());
                }
                pagesDeflated.finish();
                document.save(temporary.toFile());
                progress.step(content.steps(), content.steps(), TEXT.format("briefing.wrote", target.getFileName()));
            }
        });
    }

    private static void describe(PDDocument document, BriefingContent content) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(content.title());
        information.setSubject(content.subtitle());
        information.setCreator("LoopWatch " + content.provenance().appVersion());
        information.setProducer("LoopWatch " + content.provenance().appVersion() + " with Apache PDFBox");
        Calendar created = GregorianCalendar.from(content.provenance().generatedAt().atZone(content.provenance().zone()));
        information.setCreationDate(created);
        information.setModificationDate(created);
    }

    /**
     * The summary table, on as many pages as it needs, then the remarks under it, flowing line by
     * line onto further pages ("Summary (continued)") however many there are: every alert of the
     * period is explained, none dropped for want of room. A remark that fits on a page is not split;
     * one that ends in a colon (a lead-in such as "Alerts in the period (40), …:") keeps the next
     * remark (or, when that is taller than a page, its first line) with it.
     */
    private static List<PDPage> summaryPages(PDDocument document, PageContentDeflater pagesDeflated, PdfFonts fonts,
                                             BriefingContent content) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float[] columns = SummaryColumns.of(content.summary(), fonts, content.recentHeading(), width);
        try (SummaryFlow flow = new SummaryFlow(document, pagesDeflated, fonts, content)) {
            int next = 0;
            do {
                SummaryTable.Result drawn = new SummaryTable(flow.stream(), fonts, content.recentHeading(), columns)
                        .draw(content.summary(), next, MARGIN, flow.y(), flow.bottom(), width);
                if (drawn.next() == next && next < content.summary().size()) {
                    if (flow.fresh()) {
                        throw new IOException("a summary row is taller than a page");
                    }
                    flow.newPage();
                    continue;
                }
                next = drawn.next();
                flow.moveTo(drawn.y() - 4);
                if (next < content.summary().size()) {
                    flow.newPage();
                }
            } while (next < content.summary().size());
            List<String> remarks = content.remarks();
            for (int i = 0; i < remarks.size(); i++) {
                String remark = remarks.get(i);
                // A list item ("• …") hangs: its later lines start under its words, not under the bullet.
                boolean bullet = remark.startsWith(BULLET);
                float indent = bullet ? fonts.regular().width(BULLET, REMARK_SIZE) : 0;
                List<String> lines = PdfText.wrap(bullet ? remark.substring(BULLET.length()) : remark, fonts.regular(),
                        REMARK_SIZE, width - indent);
                float needed = lines.size() * REMARK_LINE;
                if (keepsWithNext(remark) && i + 1 < remarks.size()) {
                    // The next remark moves whole to a new page when it fits one, so keep all of it here.
                    float following = PdfText.wrap(remarks.get(i + 1), fonts.regular(), REMARK_SIZE, width).size()
                            * REMARK_LINE;
                    needed += 4 + (flow.fitsOnAFreshPage(needed + 4 + following) ? following : REMARK_LINE);
                }
                if (!flow.fits(needed) && flow.fitsOnAFreshPage(needed)) {
                    flow.newPage();
                }
                for (int l = 0; l < lines.size(); l++) {
                    if (!flow.fits(REMARK_LINE)) {
                        flow.newPage();
                    }
                    if (bullet && l == 0) {
                        flow.text(BULLET, fonts.regular(), REMARK_SIZE, MARGIN);
                    }
                    flow.line(lines.get(l), fonts.regular(), REMARK_SIZE, MARGIN + indent);
                }
                flow.moveTo(flow.y() - 4);
            }
            return flow.pages();
        }
    }

    private static boolean keepsWithNext(String remark) {
        return remark.endsWith(":") || remark.endsWith("：");
    }

    /** Where the summary pages are being written: the page, its content stream and the next baseline. */
    private static final class SummaryFlow implements AutoCloseable {

        private final PDDocument document;
        private final PageContentDeflater pagesDeflated;
        private final PdfFonts fonts;
        private final BriefingContent content;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;
        private float top;

        SummaryFlow(PDDocument document, PageContentDeflater pagesDeflated, PdfFonts fonts, BriefingContent content)
                throws IOException {
            this.document = document;
            this.pagesDeflated = pagesDeflated;
            this.fonts = fonts;
            this.content = content;
            newPage();
        }

        /** Ends the page and starts the next, headed "Summary (continued)"; the first has the title. */
        void newPage() throws IOException {
            endPage();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pages.add(page);
            stream = pagesDeflated.open(page);
            PdfText text = new PdfText(stream);
            y = PAGE.getHeight() - MARGIN - 6;
            if (pages.size() == 1) {
                y = text.line(content.title(), fonts.bold(), 18, MARGIN, y) - 2;
                y = text.paragraph(content.subtitle(), fonts.regular(), 11, MARGIN, y, PAGE.getWidth() - 2 * MARGIN) - 10;
            } else {
                y = text.line(TEXT.get("briefing.summaryContinued"), fonts.bold(), 14, MARGIN, y) - 6;
            }
            top = y;
        }

        PDPageContentStream stream() {
            return stream;
        }

        float y() {
            return y;
        }

        float bottom() {
            return MARGIN + FOOTER_HEIGHT;
        }

        void moveTo(float next) {
            y = next;
        }

        /** True when nothing has been drawn on this page below its heading. */
        boolean fresh() {
            return y == top;
        }

        /** True when {@code height} more fits above the footer, with the next line's descent. */
        boolean fits(float height) {
            return y - height + REMARK_LINE - REMARK_SIZE >= bottom();
        }

        boolean fitsOnAFreshPage(float height) {
            float continuedTop = PAGE.getHeight() - MARGIN - 6 - 14 * 1.35f - 6;
            return continuedTop - height + REMARK_LINE - REMARK_SIZE >= bottom();
        }

        /** Draws a line at {@code x} and moves to the next. */
        void line(String line, PdfFontChain font, float size, float x) throws IOException {
            y = new PdfText(stream).line(line, font, size, x, y);
        }

        /** Draws text on the current line without moving on (a list item's bullet). */
        void text(String text, PdfFontChain font, float size, float x) throws IOException {
            new PdfText(stream).line(text, font, size, x, y);
        }

        List<PDPage> pages() {
            return List.copyOf(pages);
        }

        private void endPage() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
                pagesDeflated.drawn(pages.getLast());
            }
        }

        @Override
        public void close() throws IOException {
            endPage();
        }
    }

    private static PDPage chartPage(PDDocument document, PageContentDeflater pagesDeflated, PdfFonts fonts,
                                    BriefingContent.ChartPage chart) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream stream = pagesDeflated.open(page)) {
            PdfText text = new PdfText(stream);
            float width = PAGE.getWidth() - 2 * MARGIN;
            float y = PAGE.getHeight() - MARGIN;
            y = text.paragraph(chart.heading(), fonts.bold(), 15, MARGIN, y, width) - 1;
            // The caption names every group drawn; with many groups it takes two lines, not the page's edge.
            y = text.paragraph(chart.caption(), fonts.regular(), 10, MARGIN, y, width) + 2;
            float bottom = MARGIN + FOOTER_HEIGHT;
            PdfChart.draw(stream, fonts.regular(), chart.data(), MARGIN, bottom, width, y - 6 - bottom);
        }
        pagesDeflated.drawn(page);
        return page;
    }

    private static PDPage methodsPage(PDDocument document, PageContentDeflater pagesDeflated, PdfFonts fonts,
                                      BriefingContent content) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream stream = pagesDeflated.open(page)) {
            PdfText text = new PdfText(stream);
            float y = PAGE.getHeight() - MARGIN;
            y = text.line(TEXT.get("briefing.methods"), fonts.bold(), 16, MARGIN, y) - 8;
            for (String paragraph : content.methods()) {
                y = text.paragraph(paragraph, fonts.regular(), 10.5f, MARGIN, y, PAGE.getWidth() - 2 * MARGIN) - 8;
            }
            if (!fonts.regular().notShown().isEmpty()) {
                // The pages before drew them as "?": say so, and what would show them.
                text.paragraph(notShownNotice(fonts.regular().notShown()), fonts.bold(), 10.5f, MARGIN, y,
                        PAGE.getWidth() - 2 * MARGIN);
            }
        }
        pagesDeflated.drawn(page);
        return page;
    }

    static String notShownNotice(java.util.Set<String> characters) {
        // Named by code point: the characters themselves are what no font here can draw.
        String named = characters.stream().map(character -> String.format("U+%04X", character.codePointAt(0)))
                .collect(java.util.stream.Collectors.joining(", "));
        return TEXT.format("briefing.notShown", named);
    }

    private static void footer(PageContentDeflater pagesDeflated, PDPage page, PdfFonts fonts, Provenance provenance,
                               int number, int total) throws IOException {
        try (PDPageContentStream stream = pagesDeflated.append(page)) {
            PdfText text = new PdfText(stream);
            float y = MARGIN - 8;
            List<String> lines = provenance.lines();
            for (int i = lines.size() - 1; i >= 0; i--) {
                text.line(lines.get(i), fonts.regular(), 7.5f, MARGIN, y);
                y += 10;
            }
            String pageNumber = TEXT.format("briefing.page", Integer.toString(number), Integer.toString(total));
            float width = fonts.regular().width(pageNumber, 7.5f);
            text.line(pageNumber, fonts.regular(), 7.5f, PAGE.getWidth() - MARGIN - width, MARGIN - 8);
        }
        pagesDeflated.drawn(page);
    }
}
