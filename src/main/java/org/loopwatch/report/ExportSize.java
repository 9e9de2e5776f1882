package org.loopwatch.report;

import org.loopwatch.domain.text.Texts;

/**
 * The size of an exported image: a layout size in pixels and a scale of 1 to 3. The PNG has
 * {@code width × scale} by {@code height × scale} pixels; the layout (and so what fits on the
 * page) depends only on width and height, so a 2× export is the same picture, sharper.
 */
public record ExportSize(int width, int height, int scale) {

    private static final Texts TEXT = Texts.of(ExportSize.class);

    public static final int MIN_SIDE = 320;
    public static final int MAX_SIDE = 8000;

    public ExportSize {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(TEXT.format("export.sizeOutOfRange", Integer.toString(MIN_SIDE),
                    Integer.toString(MAX_SIDE), Integer.toString(width), Integer.toString(height)));
        }
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException(TEXT.format("export.scaleOutOfRange", Integer.toString(scale)));
        }
    }

    public int pixelWidth() {
        return width * scale;
    }

    public int pixelHeight() {
        return height * scale;
    }

    /**
     * The base font size in layout pixels: 22 px on a 1920 × 1080 slide, in proportion on other
     * sizes, so that text stays readable on a projected slide and on paper alike.
     */
    public double baseFontSize() {
        return 22 * Math.min(width / 1920.0, height / 1080.0);
    }
}
