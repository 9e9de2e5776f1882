package org.loopwatch.report.svg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * Walks a laid-out JavaFX node tree and writes what it draws as SVG, in the order JavaFX paints
 * it: a region's background and border, then its children; shapes with their fill and stroke; text
 * as text. Opacity and clips (the plot area's) become groups. Each element keeps the style classes
 * of its node ({@code class="chart-series-line ..."}), which tells what it is to a reader of the
 * file and to tests. A bitmap node (an image or a canvas) is embedded as a PNG, so nothing drawn is
 * lost, though the charts have none.
 */
final class SvgNodes {

    private final SvgOut out;

    SvgNodes(SvgOut out) {
        this.out = out;
    }

    void node(Node node) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        StringBuilder body = out.body();
        boolean translucent = node.getOpacity() < 1;
        Optional<String> clip = node.getClip() instanceof Shape shape ? clipPath(node, shape) : Optional.empty();
        if (translucent || clip.isPresent()) {
            body.append("<g");
            if (translucent) {
                SvgOut.attribute(body, "opacity", node.getOpacity());
            }
            clip.ifPresent(id -> body.append(" clip-path=\"url(#").append(id).append(")\""));
            body.append(">\n");
        }
        switch (node) {
            case Text text -> SvgText.write(out, text);
            case Shape shape -> shape(shape);
            case Region region -> region(region);
            case ImageView image -> bitmap(image);
            case Canvas canvas -> bitmap(canvas);
            default -> {
                // Groups and other parents draw nothing themselves; their children follow.
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                node(child);
            }
        }
        if (translucent || clip.isPresent()) {
            body.append("</g>\n");
        }
    }

    /** {@code class="..."} from the node's style classes, when it has any. */
    static void classes(StringBuilder element, Node node) {
        List<String> classes = node.getStyleClass();
        if (!classes.isEmpty()) {
            SvgOut.attribute(element, "class", String.join(" ", classes));
        }
    }

    private Optional<String> clipPath(Node node, Shape clip) {
        Optional<StringBuilder> outline = SvgGeometry.outline(clip);
        if (outline.isEmpty()) {
            return Optional.empty();
        }
        String id = out.newId("clip");
        StringBuilder defs = out.defs();
        defs.append("<clipPath id=\"").append(id).append("\" clipPathUnits=\"userSpaceOnUse\">");
        defs.append(outline.get());
        SvgOut.transform(defs, node.getLocalToSceneTransform().createConcatenation(clip.getLocalToParentTransform()));
        defs.append("/></clipPath>\n");
        return Optional.of(id);
    }

    private void shape(Shape shape) {
        Optional<StringBuilder> outline = SvgGeometry.outline(shape);
        boolean filled = SvgPaint.shows(shape.getFill()) && !(shape instanceof Line) && !(shape instanceof Polyline);
        boolean stroked = SvgPaint.shows(shape.getStroke()) && shape.getStrokeWidth() > 0;
        if (outline.isEmpty() || !filled && !stroked) {
            return;
        }
        String geometry = outline.get().toString();
        StringBuilder body = out.body();
        if (stroked && filled && shape.getStrokeType() == StrokeType.INSIDE) {
            // SVG strokes straddle the outline; JavaFX's inside stroke is a doubled stroke clipped to the shape.
            String id = out.newId("clip");
            out.defs().append("<clipPath id=\"").append(id).append("\">").append(geometry).append("/></clipPath>\n");
            body.append("<g");
            classes(body, shape);
            SvgOut.transform(body, shape.getLocalToSceneTransform());
            body.append('>').append(geometry);
            SvgPaint.append(out, body, "fill", shape.getFill());
            body.append(" stroke=\"none\"/>").append(geometry).append(" fill=\"none\"");
            SvgGeometry.stroke(out, body, shape, 2);
            body.append(" clip-path=\"url(#").append(id).append(")\"/></g>\n");
            return;
        }
        body.append(geometry);
        classes(body, shape);
        SvgOut.transform(body, shape.getLocalToSceneTransform());
        if (filled) {
            SvgPaint.append(out, body, "fill", shape.getFill());
        } else {
            body.append(" fill=\"none\"");
        }
        SvgGeometry.stroke(out, body, shape, 1);
        body.append("/>\n");
    }

    private void region(Region region) {
        Background background = region.getBackground();
        Border border = region.getBorder();
        boolean fills = background != null && background.getFills().stream().anyMatch(fill -> SvgPaint.shows(fill.getFill()));
        boolean strokes = border != null && !border.getStrokes().isEmpty();
        double width = region.getWidth();
        double height = region.getHeight();
        if (!fills && !strokes || width <= 0 || height <= 0) {
            return;
        }
        StringBuilder body = out.body();
        body.append("<g");
        classes(body, region);
        SvgOut.transform(body, region.getLocalToSceneTransform());
        body.append(">");
        if (fills) {
            for (BackgroundFill fill : background.getFills()) {
                fill(region, fill, width, height);
            }
        }
        if (strokes) {
            for (BorderStroke stroke : border.getStrokes()) {
                border(stroke, width, height);
            }
        }
        body.append("</g>\n");
    }

    private void fill(Region region, BackgroundFill fill, double width, double height) {
        if (!SvgPaint.shows(fill.getFill())) {
            return;
        }
        Insets insets = fill.getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double w = width - insets.getLeft() - insets.getRight();
        double h = height - insets.getTop() - insets.getBottom();
        if (w <= 0 || h <= 0) {
            return;
        }
        StringBuilder body = out.body();
        Shape shape = region.getShape();
        Optional<StringBuilder> fitted = shape == null ? Optional.empty() : SvgGeometry.fitted(shape, x, y, w, h);
        if (fitted.isPresent()) {
            body.append(fitted.get());
        } else {
            body.append("<rect");
            SvgOut.attribute(body, "x", x);
            SvgOut.attribute(body, "y", y);
            SvgOut.attribute(body, "width", w);
            SvgOut.attribute(body, "height", h);
            double radius = radius(fill.getRadii(), w, h);
            if (radius > 0) {
                SvgOut.attribute(body, "rx", radius);
            }
        }
        SvgPaint.append(out, body, "fill", fill.getFill());
        body.append("/>");
    }

    private static double radius(CornerRadii radii, double width, double height) {
        if (radii == null) {
            return 0;
        }
        double radius = radii.getTopLeftHorizontalRadius();
        if (radii.isTopLeftHorizontalRadiusAsPercentage()) {
            radius *= width;
        }
        return Math.min(radius, Math.min(width, height) / 2);
    }

    /** Each side as a line inside the region's edge, as JavaFX draws an inside border. */
    private void border(BorderStroke stroke, double width, double height) {
        Insets insets = stroke.getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double right = width - insets.getRight();
        double bottom = height - insets.getBottom();
        var widths = stroke.getWidths();
        side(stroke.getTopStroke(), widths.getTop(), left, top + widths.getTop() / 2, right, top + widths.getTop() / 2);
        side(stroke.getBottomStroke(), widths.getBottom(), left, bottom - widths.getBottom() / 2, right,
                bottom - widths.getBottom() / 2);
        side(stroke.getLeftStroke(), widths.getLeft(), left + widths.getLeft() / 2, top, left + widths.getLeft() / 2,
                bottom);
        side(stroke.getRightStroke(), widths.getRight(), right - widths.getRight() / 2, top, right - widths.getRight() / 2,
                bottom);
    }

    private void side(Paint paint, double lineWidth, double x1, double y1, double x2, double y2) {
        if (lineWidth <= 0 || !SvgPaint.shows(paint)) {
            return;
        }
        StringBuilder body = out.body();
        body.append("<line");
        SvgOut.attribute(body, "x1", x1);
        SvgOut.attribute(body, "y1", y1);
        SvgOut.attribute(body, "x2", x2);
        SvgOut.attribute(body, "y2", y2);
        SvgPaint.append(out, body, "stroke", paint);
        SvgOut.attribute(body, "stroke-width", lineWidth);
        body.append("/>");
    }

    private void bitmap(Node node) {
        Bounds bounds = node.getLayoutBounds();
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage image = node.snapshot(parameters, null);
        StringBuilder body = out.body();
        body.append("<image");
        classes(body, node);
        SvgOut.transform(body, node.getLocalToSceneTransform());
        SvgOut.attribute(body, "x", bounds.getMinX());
        SvgOut.attribute(body, "y", bounds.getMinY());
        SvgOut.attribute(body, "width", bounds.getWidth());
        SvgOut.attribute(body, "height", bounds.getHeight());
        body.append(" xlink:href=\"data:image/png;base64,").append(png(image)).append("\"/>\n");
    }

    private static String png(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(buffered, "png", bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
