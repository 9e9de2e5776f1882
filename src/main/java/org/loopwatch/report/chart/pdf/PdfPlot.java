package org.loopwatch.report.chart.pdf;

/**
 * Where a chart's plot area lies on the page (points, from the page's bottom left) and how days and
 * values map into it: days from half a day before the first to half a day after the last, values
 * from 0 to the value axis's top.
 */
record PdfPlot(float left, float bottom, float width, float height, double firstDay, double lastDay, double top) {

    float x(double epochDay) {
        return (float) (left + (epochDay - firstDay) / (lastDay - firstDay) * width);
    }

    float y(double value) {
        return (float) (bottom + value / top * height);
    }

    float dayWidth() {
        return (float) (width / (lastDay - firstDay));
    }

    float right() {
        return left + width;
    }

    float topEdge() {
        return bottom + height;
    }
}
