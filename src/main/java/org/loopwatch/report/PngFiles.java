package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes images as PNG files so that a failure never leaves a half-written file behind: the image
 * goes to a temporary file in the target folder, which is moved into place only when complete.
 */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Copies a JavaFX image into an opaque AWT image (no javafx-swing needed). Exports are drawn
     * on white, so no alpha channel: smaller PNGs, and PDF images without a soft mask, which
     * halves the time PDFBox takes to compress them.
     */
    public static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        return buffered;
    }

    /** Writes {@code image} to {@code target} completely or not at all. */
    public static void write(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer is available in this Java runtime");
            }
        });
    }
}
