package org.loopwatch.report;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Run by {@link ExportFontsTest} in a JVM of its own, as an export starts: registers the bundled
 * fonts, then draws Chinese in DejaVu Sans (which has none, so JavaFX falls back) and in Noto Sans
 * SC, regular and bold, into PNG files of the given folder. A JVM of its own, because JavaFX fixes
 * a font's fallbacks the first time it needs one, and other tests draw Chinese before.
 */
public final class FontFallbackChild {

    static final String WORDS = "阳性率置信区间";

    private FontFallbackChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        HeadlessFx.ensureStarted();
        HeadlessFx.call(() -> {
            ExportFonts.loadIntoJavaFx();
            write(folder, "dejavu", Font.font(ExportFonts.FAMILY, 40));
            write(folder, "noto", Font.font(ExportFonts.CJK_FAMILY, 40));
            write(folder, "dejavu-bold", Font.font(ExportFonts.FAMILY, FontWeight.BOLD, 40));
            write(folder, "noto-bold", Font.font(ExportFonts.CJK_FAMILY, FontWeight.BOLD, 40));
            return null;
        });
        System.exit(0);
    }

    private static void write(Path folder, String name, Font font) throws Exception {
        Text text = new Text(WORDS);
        text.setFont(font);
        text.setFill(Color.BLACK);
        StackPane pane = new StackPane(text);
        new Scene(pane, 400, 80, Color.WHITE);
        PngFiles.write(PngFiles.toBufferedImage(pane.snapshot(null, null)), folder.resolve(name + ".png"));
    }
}
