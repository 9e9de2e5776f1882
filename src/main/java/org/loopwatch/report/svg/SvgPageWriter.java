package org.loopwatch.report.svg;

import javafx.scene.Parent;

/**
 * Writes a laid-out export page as an SVG document: the very nodes that are snapshotted for the
 * PNG, walked instead of rasterised, so the SVG and the PNG of a chart show the same title, axes,
 * series, legend and footer at the same places (decision 0020). Call on the FX thread, after CSS
 * and layout, with the page root at the scene's origin.
 */
public final class SvgPageWriter {

    private SvgPageWriter() {
    }

    /**
     * The SVG text of the page.
     *
     * @param root         the page, laid out at {@code width} × {@code height} layout pixels
     * @param pixelWidth   the document's width for viewers that need one (the PNG's width)
     * @param pixelHeight  its height
     * @param title        the document's title (the chart's), for its {@code <title>}
     * @param description  its description (the subtitle), for its {@code <desc>}
     */
    public static String write(Parent root, double width, double height, int pixelWidth, int pixelHeight, String title,
                               String description) {
        SvgOut out = new SvgOut();
        new SvgNodes(out).node(root);
        StringBuilder svg = new StringBuilder(out.body().length() + out.defs().length() + 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
        SvgOut.attribute(svg, "width", pixelWidth);
        SvgOut.attribute(svg, "height", pixelHeight);
        svg.append(" viewBox=\"0 0 ");
        SvgOut.number(svg, width).append(' ');
        SvgOut.number(svg, height).append("\">\n");
        SvgOut.escape(svg.append("<title>"), title).append("</title>\n");
        SvgOut.escape(svg.append("<desc>"), description).append("</desc>\n");
        if (!out.defs().isEmpty()) {
            svg.append("<defs>\n").append(out.defs()).append("</defs>\n");
        }
        svg.append("<rect");
        SvgOut.attribute(svg, "width", width);
        SvgOut.attribute(svg, "height", height);
        svg.append(" fill=\"#ffffff\"/>\n");
        svg.append(out.body());
        svg.append("</svg>\n");
        return svg.toString();
    }
}
