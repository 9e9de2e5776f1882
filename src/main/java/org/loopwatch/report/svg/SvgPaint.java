package org.loopwatch.report.svg;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/**
 * JavaFX paints as SVG fills and strokes: colours with their opacity, linear gradients as
 * definitions (the legend's dashed swatch of a rollup is one), and the first colour of anything
 * else, so a shape never goes missing for want of a paint SVG has.
 */
final class SvgPaint {

    private SvgPaint() {
    }

    /** Whether the paint would show anything at all. */
    static boolean shows(Paint paint) {
        if (paint instanceof Color colour) {
            return colour.getOpacity() > 0;
        }
        if (paint instanceof LinearGradient gradient) {
            return gradient.getStops().stream().anyMatch(stop -> stop.getColor().getOpacity() > 0);
        }
        if (paint instanceof RadialGradient gradient) {
            return gradient.getStops().stream().anyMatch(stop -> stop.getColor().getOpacity() > 0);
        }
        return paint != null;
    }

    /**
     * Appends {@code property="..."} (fill or stroke) and its opacity for {@code paint}, or
     * {@code property="none"} when it shows nothing.
     */
    static void append(SvgOut out, StringBuilder element, String property, Paint paint) {
        if (!shows(paint)) {
            element.append(' ').append(property).append("=\"none\"");
            return;
        }
        if (paint instanceof LinearGradient gradient) {
            element.append(' ').append(property).append("=\"url(#").append(linear(out, gradient)).append(")\"");
            return;
        }
        Color colour = paint instanceof Color plain ? plain : firstColour(paint);
        element.append(' ').append(property).append("=\"").append(hex(colour)).append('"');
        if (colour.getOpacity() < 1) {
            SvgOut.attribute(element, property + "-opacity", colour.getOpacity());
        }
    }

    static String hex(Color colour) {
        return String.format("#%02x%02x%02x", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }

    private static Color firstColour(Paint paint) {
        if (paint instanceof RadialGradient gradient && !gradient.getStops().isEmpty()) {
            return gradient.getStops().get(0).getColor();
        }
        return Color.GRAY;
    }

    private static String linear(SvgOut out, LinearGradient gradient) {
        String id = out.newId("g");
        StringBuilder defs = out.defs();
        defs.append("<linearGradient");
        SvgOut.attribute(defs, "id", id);
        SvgOut.attribute(defs, "x1", gradient.getStartX());
        SvgOut.attribute(defs, "y1", gradient.getStartY());
        SvgOut.attribute(defs, "x2", gradient.getEndX());
        SvgOut.attribute(defs, "y2", gradient.getEndY());
        if (!gradient.isProportional()) {
            SvgOut.attribute(defs, "gradientUnits", "userSpaceOnUse");
        }
        if (gradient.getCycleMethod() != CycleMethod.NO_CYCLE) {
            SvgOut.attribute(defs, "spreadMethod", gradient.getCycleMethod() == CycleMethod.REPEAT ? "repeat" : "reflect");
        }
        defs.append('>');
        for (Stop stop : gradient.getStops()) {
            defs.append("<stop");
            SvgOut.attribute(defs, "offset", stop.getOffset());
            SvgOut.attribute(defs, "stop-color", hex(stop.getColor()));
            if (stop.getColor().getOpacity() < 1) {
                SvgOut.attribute(defs, "stop-opacity", stop.getColor().getOpacity());
            }
            defs.append("/>");
        }
        defs.append("</linearGradient>\n");
        return id;
    }
}
