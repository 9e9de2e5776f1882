package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * An opaque RGB image already compressed the way a PDF stores it (Flate, 8 bits per component),
 * so the compression can run on another thread while the next chart is drawn, and the PDF writer
 * only copies bytes.
 *
 * @param flate the zlib-compressed RGB samples, row by row
 */
public record CompressedImage(int width, int height, byte[] flate) {

    public static CompressedImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        byte[] samples = new byte[width * 3];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 8);
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    samples[3 * x] = (byte) (row[x] >> 16);
                    samples[3 * x + 1] = (byte) (row[x] >> 8);
                    samples[3 * x + 2] = (byte) row[x];
                }
                deflater.setInput(samples);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return new CompressedImage(width, height, out.toByteArray());
    }
}
