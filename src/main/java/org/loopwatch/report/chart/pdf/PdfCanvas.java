package org.loopwatch.report.chart.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The few drawing operations the PDF charts need, on one page's content stream: text (also
 * turned a quarter), lines, rectangles, circles and diamonds, colours from the groups' hex codes,
 * and see-through fills. Coordinates in points from the page's bottom left, as PDF has them.
 */
final class PdfCanvas {

    /** Bezier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream stream;
    private final PdfFontChain font;

    PdfCanvas(PDPageContentStream stream, PdfFontChain font) {
        this.stream = stream;
        this.font = font;
    }

    PDPageContentStream stream() {
        return stream;
    }

    float width(String text, float size) throws IOException {
        return font.width(text, size);
    }

    /** Text with its baseline starting at (x, y). */
    void text(String text, float size, Color colour, float x, float y) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.beginText();
        stream.newLineAtOffset(x, y);
        font.show(stream, text, size);
        stream.endText();
    }

    /** Text read from bottom to top, its baseline starting at (x, y), e.g. a vertical axis title. */
    void upwardText(String text, float size, Color colour, float x, float y) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.beginText();
        stream.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        font.show(stream, text, size);
        stream.endText();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color colour, float... dashes) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(width);
        stream.setLineDashPattern(dashes, 0);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }

    void fillRect(float x, float y, float width, float height, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void strokeRect(float x, float y, float width, float height, float lineWidth, Color colour) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    void fillCircle(float cx, float cy, float r, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        float k = KAPPA * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
        stream.fill();
    }

    /** A triangle pointing up, its base centred on ({@code cx}, {@code baseY}). */
    void fillTriangleUp(float cx, float baseY, float width, float height, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.moveTo(cx - width / 2, baseY);
        stream.lineTo(cx + width / 2, baseY);
        stream.lineTo(cx, baseY + height);
        stream.closePath();
        stream.fill();
    }

    void fillDiamond(float cx, float cy, float half, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.moveTo(cx, cy + half);
        stream.lineTo(cx + half, cy);
        stream.lineTo(cx, cy - half);
        stream.lineTo(cx - half, cy);
        stream.closePath();
        stream.fill();
    }

    /** Sets how opaque the fills that follow are, until {@link #opaque()}. */
    void fillOpacity(float alpha) throws IOException {
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant(alpha);
        stream.setGraphicsStateParameters(state);
    }

    void opaque() throws IOException {
        fillOpacity(1f);
    }

    /** Limits what follows to a rectangle, until {@link #unclip()}. */
    void clip(float x, float y, float width, float height) throws IOException {
        stream.saveGraphicsState();
        stream.addRect(x, y, width, height);
        stream.clip();
    }

    void unclip() throws IOException {
        stream.restoreGraphicsState();
    }

    /** A colour from "#RRGGBB", as {@link ChartSubject} guarantees. */
    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
