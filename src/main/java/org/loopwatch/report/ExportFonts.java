package org.loopwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The fonts of every export, shipped with the app (DejaVu Sans, free licence in
 * {@code fonts/DejaVu-LICENSE.txt}) so that a chart looks the same on every machine, and so the
 * PDF can embed them.
 */
public final class ExportFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static boolean loaded;

    private ExportFonts() {
    }

    /** Registers the fonts with JavaFX once; call on any thread before building a page. */
    public static synchronized void loadIntoJavaFx() {
        if (loaded) {
            return;
        }
        for (String resource : new String[] {REGULAR, BOLD}) {
            try (InputStream in = open(resource)) {
                Font.loadFont(in, 12);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource, e);
            }
        }
        loaded = true;
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
