package org.loopwatch.report.svg;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.VLineTo;

/**
 * The outline of a JavaFX shape as the start of an SVG element ({@code <path d="..."}, {@code <rect ...}
 * and so on, in the shape's own coordinates, left open for paint and transform), and its stroke
 * settings. JavaFX's defaults differ from SVG's (square caps), so every setting is written out.
 */
final class SvgGeometry {

    private SvgGeometry() {
    }

    /** The element's name and geometry, e.g. {@code <line x1="0" ...}; empty for a shape SVG cannot take here. */
    static Optional<StringBuilder> outline(Shape shape) {
        StringBuilder element = new StringBuilder(64);
        switch (shape) {
            case Path path -> {
                element.append("<path d=\"");
                pathData(element, path.getElements());
                element.append('"');
                if (path.getFillRule() == FillRule.EVEN_ODD) {
                    element.append(" fill-rule=\"evenodd\"");
                }
            }
            case SVGPath svg -> {
                SvgOut.attribute(element.append("<path"), "d", svg.getContent());
                if (svg.getFillRule() == FillRule.EVEN_ODD) {
                    element.append(" fill-rule=\"evenodd\"");
                }
            }
            case Line line -> {
                element.append("<line");
                SvgOut.attribute(element, "x1", line.getStartX());
                SvgOut.attribute(element, "y1", line.getStartY());
                SvgOut.attribute(element, "x2", line.getEndX());
                SvgOut.attribute(element, "y2", line.getEndY());
            }
            case Rectangle rectangle -> {
                element.append("<rect");
                SvgOut.attribute(element, "x", rectangle.getX());
                SvgOut.attribute(element, "y", rectangle.getY());
                SvgOut.attribute(element, "width", rectangle.getWidth());
                SvgOut.attribute(element, "height", rectangle.getHeight());
                if (rectangle.getArcWidth() > 0 && rectangle.getArcHeight() > 0) {
                    SvgOut.attribute(element, "rx", rectangle.getArcWidth() / 2);
                    SvgOut.attribute(element, "ry", rectangle.getArcHeight() / 2);
                }
            }
            case Circle circle -> {
                element.append("<circle");
                SvgOut.attribute(element, "cx", circle.getCenterX());
                SvgOut.attribute(element, "cy", circle.getCenterY());
                SvgOut.attribute(element, "r", circle.getRadius());
            }
            case Ellipse ellipse -> {
                element.append("<ellipse");
                SvgOut.attribute(element, "cx", ellipse.getCenterX());
                SvgOut.attribute(element, "cy", ellipse.getCenterY());
                SvgOut.attribute(element, "rx", ellipse.getRadiusX());
                SvgOut.attribute(element, "ry", ellipse.getRadiusY());
            }
            case Polygon polygon -> points(element.append("<polygon"), polygon.getPoints());
            case Polyline polyline -> points(element.append("<polyline"), polyline.getPoints());
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(element);
    }

    /** The outline scaled into a box, as a region draws its {@code -fx-shape} (scaled to fit). */
    static Optional<StringBuilder> fitted(Shape shape, double x, double y, double width, double height) {
        Optional<StringBuilder> outline = outline(shape);
        Bounds bounds = shape.getLayoutBounds();
        if (outline.isEmpty() || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return Optional.empty();
        }
        StringBuilder element = outline.get();
        element.append(" transform=\"translate(");
        SvgOut.number(element, x).append(' ');
        SvgOut.number(element, y).append(") scale(");
        SvgOut.number(element, width / bounds.getWidth()).append(' ');
        SvgOut.number(element, height / bounds.getHeight()).append(") translate(");
        SvgOut.number(element, -bounds.getMinX()).append(' ');
        SvgOut.number(element, -bounds.getMinY()).append(")\"");
        return Optional.of(element);
    }

    /** Stroke paint, width, dashes, caps and joins; {@code widthFactor} doubles it for strokes kept inside. */
    static void stroke(SvgOut out, StringBuilder element, Shape shape, double widthFactor) {
        SvgPaint.append(out, element, "stroke", shape.getStroke());
        if (!SvgPaint.shows(shape.getStroke()) || shape.getStrokeWidth() <= 0) {
            return;
        }
        SvgOut.attribute(element, "stroke-width", shape.getStrokeWidth() * widthFactor);
        List<Double> dashes = shape.getStrokeDashArray();
        if (!dashes.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (Double dash : dashes) {
                if (!list.isEmpty()) {
                    list.append(' ');
                }
                SvgOut.number(list, dash);
            }
            SvgOut.attribute(element, "stroke-dasharray", list.toString());
            if (shape.getStrokeDashOffset() != 0) {
                SvgOut.attribute(element, "stroke-dashoffset", shape.getStrokeDashOffset());
            }
        }
        StrokeLineCap cap = shape.getStrokeLineCap();
        element.append(" stroke-linecap=\"").append(cap == StrokeLineCap.BUTT ? "butt"
                : cap == StrokeLineCap.ROUND ? "round" : "square").append('"');
        StrokeLineJoin join = shape.getStrokeLineJoin();
        element.append(" stroke-linejoin=\"").append(join == StrokeLineJoin.BEVEL ? "bevel"
                : join == StrokeLineJoin.ROUND ? "round" : "miter").append('"');
        if (join == StrokeLineJoin.MITER) {
            SvgOut.attribute(element, "stroke-miterlimit", Math.max(1, shape.getStrokeMiterLimit()));
        }
    }

    private static void points(StringBuilder element, List<Double> points) {
        element.append(" points=\"");
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (i > 0) {
                element.append(' ');
            }
            SvgOut.number(element, points.get(i)).append(',');
            SvgOut.number(element, points.get(i + 1));
        }
        element.append('"');
    }

    private static void pathData(StringBuilder d, List<PathElement> elements) {
        for (PathElement element : elements) {
            boolean absolute = element.isAbsolute();
            switch (element) {
                case MoveTo move -> command(d, absolute ? 'M' : 'm', move.getX(), move.getY());
                case LineTo line -> command(d, absolute ? 'L' : 'l', line.getX(), line.getY());
                case HLineTo line -> command(d, absolute ? 'H' : 'h', line.getX());
                case VLineTo line -> command(d, absolute ? 'V' : 'v', line.getY());
                case CubicCurveTo curve -> command(d, absolute ? 'C' : 'c', curve.getControlX1(), curve.getControlY1(),
                        curve.getControlX2(), curve.getControlY2(), curve.getX(), curve.getY());
                case QuadCurveTo curve -> command(d, absolute ? 'Q' : 'q', curve.getControlX(), curve.getControlY(),
                        curve.getX(), curve.getY());
                case ArcTo arc -> command(d, absolute ? 'A' : 'a', arc.getRadiusX(), arc.getRadiusY(),
                        arc.getXAxisRotation(), arc.isLargeArcFlag() ? 1 : 0, arc.isSweepFlag() ? 1 : 0, arc.getX(),
                        arc.getY());
                case ClosePath close -> d.append('Z');
                default -> {
                    // PathElement is not sealed; JavaFX has no other kinds.
                }
            }
        }
    }

    private static void command(StringBuilder d, char letter, double... values) {
        d.append(letter);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                d.append(' ');
            }
            SvgOut.number(d, values[i]);
        }
    }
}
