package org.loopwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.loopwatch.domain.text.Texts;

/**
 * The fonts of every export, shipped with the app so that a chart or a briefing looks the same on
 * every machine and the PDF can embed them: DejaVu Sans (Latin, Greek, Cyrillic, symbols; licence
 * in {@code fonts/DejaVu-LICENSE.txt}) and Noto Sans SC (Chinese, with its own Latin; SIL Open Font
 * Licence in {@code fonts/NotoSansSC-OFL.txt}), each in a regular and a real bold face, all with
 * TrueType outlines, which PDFBox can embed as a subset (decision 0013).
 */
public final class ExportFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    public static final String CJK_FAMILY = "Noto Sans SC";
    public static final String CJK_REGULAR = "fonts/NotoSansSC-Regular.ttf";
    public static final String CJK_BOLD = "fonts/NotoSansSC-Bold.ttf";

    private static final Map<String, CompletableFuture<Path>> FILES = new ConcurrentHashMap<>();
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
     * Starts copying the font files out of the application on background threads (21 MB, most of
     * the cost of registering them), so that {@link #loadIntoJavaFx} later takes little time.
     */
    public static void prepareInBackground() {
        for (String resource : List.of(CJK_REGULAR, CJK_BOLD, REGULAR, BOLD)) {
            file(resource);
        }
    }

    /**
     * Registers the fonts with JavaFX once; call on any thread before building a page. Noto Sans SC
     * then also becomes JavaFX's fallback for Chinese in any font, with a real bold face, whatever
     * fonts the machine has.
     */
    public static synchronized void loadIntoJavaFx() {
        loadChineseIntoJavaFx();
        if (!latinLoaded) {
            load(List.of(REGULAR, BOLD));
            latinLoaded = true;
        }
    }

    /**
     * Registers Noto Sans SC with JavaFX, once. JavaFX fixes a font's fallbacks when it first needs
     * one, so this must come before the first Chinese character is drawn: the app calls it before
     * it opens a database (where Chinese group names come from), and in Chinese before its first frame.
     */
    public static synchronized void loadChineseIntoJavaFx() {
        if (!chineseLoaded) {
            load(List.of(CJK_REGULAR, CJK_BOLD));
            chineseLoaded = true;
        }
    }

    private static void load(List<String> resources) {
        for (String resource : resources) {
            Path file = file(resource).join();
            // From a local file JavaFX reads the font in place rather than copying it again.
            if (Font.loadFont(file.toUri().toString(), 12) == null) {
                throw new IllegalStateException("JavaFX could not read the font " + resource);
            }
        }
    }

    private static CompletableFuture<Path> file(String resource) {
        return FILES.computeIfAbsent(resource, name -> CompletableFuture.supplyAsync(() -> extract(name)));
    }

    private static Path extract(String resource) {
        try (InputStream in = open(resource)) {
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path file = Files.createTempFile("loopwatch-", "-" + name);
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
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
