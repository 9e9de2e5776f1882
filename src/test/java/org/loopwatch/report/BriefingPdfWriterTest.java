package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;

/** Writes a briefing PDF and reads it back as a person's PDF reader would. */
class BriefingPdfWriterTest {

    @TempDir
    Path folder;

    @Test
    void theBriefingHasTheSummaryChartsMethodsAndProvenanceAsSearchableText() throws Exception {
        Path file = folder.resolve("briefing.pdf");

        BriefingPdfWriter.write(content(), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 2 + 1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("LoopWatch briefing — Beijing 2022 closed loop", "Operating staff",
                    "Athletes & team officials", "2,415", "1.6 %", "95 % CI 1.2–2.2 %", "Rolling positivity",
                    "Methods", "ratio of sums", "rows 0123456789ab", "LoopWatch 0.1.0", "Page 4 of 4");
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
    void aFailedWriteLeavesNoFile() throws Exception {
        Path target = folder.resolve("no-such-folder").resolve("briefing.pdf");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefingPdfWriter.write(content(), target))
                .hasMessageContaining("does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    private static BriefingContent content() {
        BufferedImage chart = new BufferedImage(800, 450, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = chart.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 800, 450);
        graphics.setColor(new Color(0x00, 0x72, 0xB2));
        graphics.drawLine(0, 400, 800, 50);
        graphics.dispose();
        Provenance provenance = new Provenance("Positivity = positives ÷ tests, ratio of sums", IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE, Optional.of(Instant.parse("2022-01-22T08:00:00Z")),
                Instant.parse("2022-01-23T06:00:00Z"), "0.1.0", "0123456789ab", 76, ZoneOffset.ofHours(8));
        return new BriefingContent("LoopWatch briefing — Beijing 2022 closed loop", "4–22 January 2022 · all groups",
                "Last 7 days", List.of(new BriefingContent.SummaryLine("Operating staff", "arrival", "2,415", "39", "1.6 %",
                                "95 % CI 1.2–2.2 %", "1.5 %", "", false),
                        new BriefingContent.SummaryLine("Athletes & team officials", "arrival", "171", "0", "0 %",
                                "95 % CI 0–2.2 %", "0 %", "", true)),
                List.of("Positives per 100 arrivals: Operating staff 2.8."),
                List.of(new BriefingContent.ChartImage("Rolling positivity", "4–22 Jan 2022", CompressedImage.of(chart)),
                        new BriefingContent.ChartImage("Daily tests", "4–22 Jan 2022", CompressedImage.of(chart))),
                List.of("Positivity is the ratio of sums: all positives divided by all tests over the period."),
                provenance);
    }
}
