package org.loopwatch.report.chart.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Shows text as PDFBox's {@code showText} does — the same bytes in the content stream, the same
 * glyphs kept for the embedded subset — but encodes each character once per font and document
 * instead of every time it is shown. PDFBox looks each character up in the font's cmap, adds it to
 * the subset's set of boxed code points and writes the hex string a byte at a time through the
 * stream's layers; for the ten-year briefing's 6,000 lines that was a sixth of its main thread. Here
 * the string is written into a buffer of this object's own and handed to the stream at once.
 */
final class EncodedText {

    private static final int BLOCKS = (Character.MAX_CODE_POINT + 1) >> 8;
    /** What {@code showText} writes after the string: a space, the operator and a line end. */
    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    /* Each font's codes of the characters it has shown, in blocks of 256 code points made when first needed. */
    private final Map<PDFont, byte[][][]> codes = new IdentityHashMap<>(4);
    private final Bytes encoded = new Bytes();
    private final Bytes operation = new Bytes();

    /**
     * Shows {@code text}, every character of which {@code font} has, at the current text position;
     * call between beginText and endText, after setting that font.
     */
    void show(PDPageContentStream stream, PDFont font, String text) throws IOException {
        byte[][][] blocks = codes.computeIfAbsent(font, unused -> new byte[BLOCKS][][]);
        encoded.clear();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            encoded.write(code(font, blocks, codePoint));
        }
        operation.clear();
        COSWriter.writeString(encoded.toArray(), operation);
        operation.write(SHOW_TEXT);
        appendRaw(stream, operation.toArray());
    }

    private static byte[] code(PDFont font, byte[][][] blocks, int codePoint) throws IOException {
        byte[][] block = blocks[codePoint >> 8];
        if (block == null) {
            block = new byte[256][];
            blocks[codePoint >> 8] = block;
        }
        byte[] code = block[codePoint & 0xFF];
        if (code == null) {
            code = font.encode(new String(Character.toChars(codePoint)));
            if (font.willBeSubset()) {
                font.addToSubset(codePoint);
            }
            block[codePoint & 0xFF] = code;
        }
        return code;
    }

    /*
     * PDFBox discourages raw commands because a caller could write anything; these are the bytes its
     * own showText writes (EncodedTextTest compares them stream for stream), and there is no other
     * way to hand it a string already encoded.
     */
    @SuppressWarnings("deprecation")
    private static void appendRaw(PDPageContentStream stream, byte[] operation) throws IOException {
        stream.appendRawCommands(operation);
    }

    /** A byte buffer to write into again and again: ByteArrayOutputStream takes a lock for every byte. */
    private static final class Bytes extends OutputStream {

        private byte[] bytes = new byte[256];
        private int size;

        void clear() {
            size = 0;
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * size);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + length));
            }
            System.arraycopy(b, offset, bytes, size, length);
            size += length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
