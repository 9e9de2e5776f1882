package org.loopwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;
import org.loopwatch.domain.text.Texts;

/**
 * The fonts of every export, shipped with the app so that a chart or a briefing looks the same on
 * every machine and the PDF can embed them: DejaVu Sans (Latin, Greek, Cyrillic, symbols; licence
 * in {@code fonts/DejaVu-LICENSE.txt}) and Noto Sans SC (Chinese, with its own Latin; SIL Open Font
 * Licence in {@code fonts/NotoSansSC-OFL.txt}), each in a regular and a real bold face, all with
 * TrueType outlines, which PDFBox can embed as a subset (decision 0011).
 */
public final class ExportFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    public static final String CJK_FAMILY = "Noto Sans SC";
    public static final String CJK_REGULAR = "fonts/NotoSansSC-Regular.ttf";
    public static final String CJK_BOLD = "fonts/NotoSansSC-Bold.ttf";

    private static boolean latinLoaded;
    private static boolean chineseLoaded;

    private ExportFonts() {
    }

    /**
     * Whether text in the interface language is set in Noto Sans SC first: Chinese pages use it for
     * their Latin letters and digits too, so a line does not mix two designs.
     */
    public static boolean chineseFirst() {
        return "zh".equals(Texts.language().getLanguage());
    }

    /**
     * Registers the fonts with JavaFX once; call on any thread before building a page. Noto Sans SC
     * then also becomes JavaFX's fallback for Chinese in any font, with a real bold face, whatever
     * fonts the machine has.
     */
    public static synchronized void loadIntoJavaFx() {
        if (!latinLoaded) {
            load(List.of(REGULAR, BOLD));
            latinLoaded = true;
        }
        loadChineseIntoJavaFx();
    }

    /**
     * Registers only Noto Sans SC with JavaFX, once: for the app's screens, whose Chinese must not
     * depend on the machine having a Chinese font.
     */
    public static synchronized void loadChineseIntoJavaFx() {
        if (!chineseLoaded) {
            load(List.of(CJK_REGULAR, CJK_BOLD));
            chineseLoaded = true;
        }
    }

    private static void load(List<String> resources) {
        for (String resource : resources) {
            try (InputStream in = open(resource)) {
                if (Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("JavaFX could not read the font " + resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource, e);
            }
        }
    }

    /** The font file as a stream; the caller closes it. */
    public static InputStream open(String resource) {
        InputStream in = ExportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the font " + resource + " is missing from the application");
        }
        return in;
    }
}
