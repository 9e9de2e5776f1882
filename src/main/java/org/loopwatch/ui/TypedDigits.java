package org.loopwatch.ui;

/**
 * Text typed through a Chinese (or Japanese) input method: its full-width digits "１２０", comma
 * "，" and ideographic space read as the ASCII ones, so "１２０" is the number 120 everywhere a
 * person types a number or a date.
 */
public final class TypedDigits {

    private TypedDigits() {
    }

    /** {@code text} with full-width digits, comma, full stop, percent, hyphen, slash and space made ASCII; null stays null. */
    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                ascii.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF0C') {
                ascii.append(',');
            } else if (c == '\uFF0E') {
                ascii.append('.');
            } else if (c == '\uFF05') {
                ascii.append('%');
            } else if (c == '\uFF0D') {
                ascii.append('-');
            } else if (c == '\uFF0F') {
                ascii.append('/');
            } else if (c == '\u3000') {
                ascii.append(' ');
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}
