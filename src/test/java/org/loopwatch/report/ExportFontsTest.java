package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/**
 * The bundled fonts draw Chinese the same on every machine: in TrueType outlines PDFBox can embed,
 * with a real bold face, and as JavaFX's fallback for Chinese in any font, whatever the machine has.
 */
class ExportFontsTest {

    private static final String WORDS = "阳性率置信区间";

    @AfterEach
    void backToEnglish() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theChineseFacesHaveTrueTypeOutlinesAndCoverTheWordsOfTheInterface() throws Exception {
        for (String face : new String[] {ExportFonts.CJK_REGULAR, ExportFonts.CJK_BOLD}) {
            try (InputStream in = ExportFonts.open(face);
                 TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                assertThat(font.getTableMap()).as(face + ": glyf, not CFF").containsKey("glyf").doesNotContainKey("CFF ");
                for (int codePoint : (WORDS + "检测数阳性数入境闭环筛查，（）：0123456789%").codePoints().toArray()) {
                    assertThat(font.getUnicodeCmapLookup().getGlyphId(codePoint)).as(face + " has U+%04X", codePoint)
                            .isPositive();
                }
            }
        }
    }

    @Test
    void chineseInAnExportFontIsDrawnWithTheBundledFaceAndItsRealBold() throws Exception {
        BufferedImage inDejaVu = HeadlessFx.call(() -> draw(Font.font(ExportFonts.FAMILY, 40)));
        BufferedImage inNoto = HeadlessFx.call(() -> draw(Font.font(ExportFonts.CJK_FAMILY, 40)));
        BufferedImage boldInDejaVu = HeadlessFx.call(() -> draw(Font.font(ExportFonts.FAMILY, FontWeight.BOLD, 40)));
        BufferedImage boldInNoto = HeadlessFx.call(() -> draw(Font.font(ExportFonts.CJK_FAMILY, FontWeight.BOLD, 40)));

        // DejaVu Sans has no Chinese: JavaFX falls back, and to the bundled face, not to a system font or boxes.
        // (Compared by their ink alone: the line's height follows the first font's metrics.)
        assertThat(samePixels(inDejaVu, inNoto)).as("regular falls back to Noto Sans SC Regular").isTrue();
        assertThat(samePixels(boldInDejaVu, boldInNoto)).as("bold falls back to Noto Sans SC Bold").isTrue();
        double regularInk = ExportFixtures.darkShare(inNoto, 0, inNoto.getHeight());
        assertThat(ExportFixtures.darkShare(boldInNoto, 0, boldInNoto.getHeight())).as("bold looks bold")
                .isGreaterThan(regularInk * 1.3);
    }

    @Test
    void anExportPageInChineseIsSetInNotoSansSc() throws Exception {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        String family = HeadlessFx.call(() -> {
            Label title = new Label("滚动7日阳性率");
            ChartImageRenderer.renderChart(title, ExportPreset.values()[0].size(1));
            return title.getFont().getFamily();
        });
        assertThat(family).isEqualTo(ExportFonts.CJK_FAMILY);
    }

    /** The smallest part of the image that holds every pixel that is not white. */
    private static BufferedImage ink(BufferedImage image) {
        int left = image.getWidth();
        int top = image.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(right).as("some ink").isGreaterThanOrEqualTo(left);
        return image.getSubimage(left, top, right - left + 1, bottom - top + 1);
    }

    private static BufferedImage draw(Font font) {
        ExportFonts.loadIntoJavaFx();
        Text text = new Text(WORDS);
        text.setFont(font);
        text.setFill(Color.BLACK);
        StackPane pane = new StackPane(text);
        new Scene(pane, 400, 80, Color.WHITE);
        return PngFiles.toBufferedImage(pane.snapshot(null, null));
    }

    private static boolean samePixels(BufferedImage first, BufferedImage second) {
        BufferedImage a = ink(first);
        BufferedImage b = ink(second);
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
