package org.loopwatch.report.svg;

import java.util.Locale;
import javafx.scene.transform.Transform;

/**
 * The text of an SVG document as it is written: elements, attributes with numbers kept short
 * (two decimals of a layout pixel are far below what any print shows), text escaped for XML, and
 * ids for the definitions (clip paths, gradients) that elements refer to.
 */
final class SvgOut {

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private int nextId;

    StringBuilder body() {
        return body;
    }

    StringBuilder defs() {
        return defs;
    }

    String newId(String prefix) {
        return prefix + (nextId++);
    }

    /** Appends {@code value} with at most two decimals and no trailing zeros. */
    static StringBuilder number(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
        return out;
    }

    /** {@code name="value"} with a leading space. */
    static StringBuilder attribute(StringBuilder out, String name, double value) {
        out.append(' ').append(name).append("=\"");
        return number(out, value).append('"');
    }

    static StringBuilder attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        return escape(out, value).append('"');
    }

    /** A {@code transform} attribute for a node's place on the page; nothing when it is the identity. */
    static StringBuilder transform(StringBuilder out, Transform transform) {
        boolean turned = transform.getMxy() != 0 || transform.getMyx() != 0 || transform.getMxx() != 1
                || transform.getMyy() != 1;
        if (turned) {
            out.append(" transform=\"matrix(");
            number(out, transform.getMxx()).append(' ');
            number(out, transform.getMyx()).append(' ');
            number(out, transform.getMxy()).append(' ');
            number(out, transform.getMyy()).append(' ');
            number(out, transform.getTx()).append(' ');
            return number(out, transform.getTy()).append(")\"");
        }
        if (transform.getTx() != 0 || transform.getTy() != 0) {
            out.append(" transform=\"translate(");
            number(out, transform.getTx()).append(' ');
            return number(out, transform.getTy()).append(")\"");
        }
        return out;
    }

    /** Escapes XML's special characters and leaves out characters XML 1.0 cannot hold. */
    static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    static String css(double value) {
        return number(new StringBuilder(), value).toString();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
