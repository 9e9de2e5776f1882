package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;

/**
 * The bundled fonts draw Chinese the same on every machine: in TrueType outlines PDFBox can embed,
 * with a real bold face, and as JavaFX's fallback for Chinese in any font, whatever the machine has.
 */
class ExportFontsTest {

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
                for (int codePoint : (FontFallbackChild.WORDS + "检测数阳性数入境闭环筛查，（）：0123456789%").codePoints().toArray()) {
                    assertThat(font.getUnicodeCmapLookup().getGlyphId(codePoint)).as(face + " has U+%04X", codePoint)
                            .isPositive();
                }
            }
        }
    }

    @Test
    @Tag("process")
    void chineseInAnExportFontIsDrawnWithTheBundledFaceAndItsRealBoldOnAMachineWithoutChineseFonts(
            @TempDir Path folder) throws Exception {
        drawInAFreshJvmWithoutChineseSystemFonts(folder);
        BufferedImage inDejaVu = ImageIO.read(folder.resolve("dejavu.png").toFile());
        BufferedImage inNoto = ImageIO.read(folder.resolve("noto.png").toFile());
        BufferedImage boldInDejaVu = ImageIO.read(folder.resolve("dejavu-bold.png").toFile());
        BufferedImage boldInNoto = ImageIO.read(folder.resolve("noto-bold.png").toFile());

        // DejaVu Sans has no Chinese: JavaFX falls back, and to the bundled face rather than to boxes.
        // (Compared by their ink alone: the line's height follows the first font's metrics.)
        assertThat(samePixels(inDejaVu, inNoto)).as("regular falls back to Noto Sans SC Regular").isTrue();
        assertThat(samePixels(boldInDejaVu, boldInNoto)).as("bold falls back to Noto Sans SC Bold").isTrue();
        double regularInk = ExportFixtures.darkShare(inNoto, 0, inNoto.getHeight());
        assertThat(regularInk).as("glyphs, not empty boxes").isGreaterThan(0.05);
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

    /*
     * A fontconfig that knows only the DejaVu fonts (or none), as on a fresh Debian: JavaFX finds
     * no Chinese font on the system, so only the bundled one can draw the words.
     */
    private static void drawInAFreshJvmWithoutChineseSystemFonts(Path folder) throws Exception {
        Path config = folder.resolve("fonts.conf");
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu");
        Files.writeString(config, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                + (Files.isDirectory(dejaVu) ? "<dir>" + dejaVu + "</dir>" : "")
                + "<cachedir>" + folder.resolve("fc-cache") + "</cachedir></fontconfig>");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dprism.text=t2k",
                "-Djavafx.cachedir=" + System.getProperty("javafx.cachedir", folder.resolve("fx").toString()),
                "-cp", System.getProperty("java.class.path"), FontFallbackChild.class.getName(), folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile());
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ends").isTrue();
        assertThat(child.exitValue()).as(Files.readString(folder.resolve("child.log"))).isZero();
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
