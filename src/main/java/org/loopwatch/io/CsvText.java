package org.loopwatch.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A CSV file's text, decoded strictly as UTF-8 with a leading BOM removed, and a map from
 * character positions to physical line numbers (CRLF, LF and a lone CR each end a line).
 */
final class CsvText {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(CsvText.class);

    private final String text;
    private final int[] lineStarts;

    private CsvText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads the file. A file that is not UTF-8 text (e.g. saved as Windows-1252 or a spreadsheet
     * in its binary format) is refused with the line of the first bad byte; nothing is guessed.
     */
    static CsvText read(Path file) throws CsvImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CsvImportException.single(0, TEXT.format("csv.noFile", String.valueOf(file)));
        } catch (IOException e) {
            throw CsvImportException.single(0, TEXT.format("csv.notRead", String.valueOf(file), e.getMessage()));
        }
        return decode(bytes);
    }

    static CsvText decode(byte[] bytes) throws CsvImportException {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(input);
            String text = chars.toString();
            if (text.indexOf('\0') >= 0) {
                throw CsvImportException.single(new CsvText(text).lineOf(text.indexOf('\0')),
                        TEXT.get("csv.binary"));
            }
            return new CsvText(text);
        } catch (CharacterCodingException notUtf8) {
            int bad = firstMalformed(bytes, start);
            throw CsvImportException.single(lineOfByte(bytes, bad), TEXT.format("csv.notUtf8", bad + 1));
        }
    }

    String text() {
        return text;
    }

    /** True when the file holds nothing but blanks. */
    boolean isBlank() {
        return text.isBlank();
    }

    /** The 1-based physical line holding the character at {@code position}. */
    long lineOf(long position) {
        int index = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /* The index of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }

    /* Line numbers in bytes: line breaks are ASCII, so they count the same before and after decoding. */
    private static long lineOfByte(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < Math.min(index, bytes.length); i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
