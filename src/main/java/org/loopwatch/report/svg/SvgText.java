package org.loopwatch.report.svg;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A JavaFX text node as SVG text: the same words, font, size, weight and colour, each line at the
 * baseline JavaFX laid it out on (so wrapped titles and footers break where the PNG breaks them),
 * and as text, so it can be searched, copied and edited.
 */
final class SvgText {

    /** One laid-out line: its words and where its baseline starts, in the node's own coordinates. */
    record Line(String text, double x, double baseline) {
    }

    private SvgText() {
    }

    static void write(SvgOut out, Text text) {
        List<Line> lines = lines(text);
        if (lines.isEmpty() || !SvgPaint.shows(text.getFill())) {
            return;
        }
        StringBuilder element = out.body();
        element.append("<text");
        SvgNodes.classes(element, text.getParent() == null ? text : text.getParent());
        SvgOut.transform(element, text.getLocalToSceneTransform());
        font(element, text.getFont());
        SvgPaint.append(out, element, "fill", text.getFill());
        element.append(" xml:space=\"preserve\"");
        if (lines.size() == 1) {
            Line line = lines.get(0);
            SvgOut.attribute(element, "x", line.x());
            SvgOut.attribute(element, "y", line.baseline());
            element.append('>');
            SvgOut.escape(element, line.text());
        } else {
            element.append('>');
            for (Line line : lines) {
                element.append("<tspan");
                SvgOut.attribute(element, "x", line.x());
                SvgOut.attribute(element, "y", line.baseline());
                element.append('>');
                SvgOut.escape(element, line.text()).append("</tspan>");
            }
        }
        element.append("</text>\n");
    }

    /** The lines as laid out; one line unless the text wraps or holds line breaks. */
    static List<Line> lines(Text text) {
        String content = text.getText();
        if (content == null || content.isBlank()) {
            return List.of();
        }
        double baselineOffset = text.getBaselineOffset();
        if (text.getWrappingWidth() <= 0 && content.indexOf('\n') < 0) {
            return List.of(new Line(content, text.getX(), text.getLayoutBounds().getMinY() + baselineOffset));
        }
        List<Line> lines = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        double lineTop = Double.NaN;
        double lineX = 0;
        for (int i = 0; i < content.length(); i++) {
            MoveTo caret = caret(text, i);
            if (caret == null) {
                continue;
            }
            if (Double.isNaN(lineTop) || Math.abs(caret.getY() - lineTop) > 0.5) {
                add(lines, words, lineX, lineTop + baselineOffset);
                lineTop = caret.getY();
                lineX = caret.getX();
            }
            char c = content.charAt(i);
            if (c != '\n' && c != '\r') {
                words.append(c);
            }
        }
        add(lines, words, lineX, lineTop + baselineOffset);
        return lines;
    }

    private static MoveTo caret(Text text, int index) {
        PathElement[] shape = text.caretShape(index, true);
        return shape.length > 0 && shape[0] instanceof MoveTo move ? move : null;
    }

    private static void add(List<Line> lines, StringBuilder words, double x, double baseline) {
        String line = words.toString().stripTrailing();
        if (!line.isEmpty()) {
            lines.add(new Line(line, x, baseline));
        }
        words.setLength(0);
    }

    private static void font(StringBuilder element, Font font) {
        String family = font.getFamily();
        String families = switch (family) {
            case "System" -> "sans-serif";
            case "Noto Sans SC" -> "'Noto Sans SC', 'DejaVu Sans', sans-serif";
            default -> "'" + family.replace("'", "") + "', 'Noto Sans SC', sans-serif";
        };
        SvgOut.attribute(element, "font-family", families);
        SvgOut.attribute(element, "font-size", font.getSize());
        String style = SvgOut.lower(font.getStyle());
        if (style.contains("bold")) {
            element.append(" font-weight=\"bold\"");
        }
        if (style.contains("italic") || style.contains("oblique")) {
            element.append(" font-style=\"italic\"");
        }
    }
}
