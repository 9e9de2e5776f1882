package org.loopwatch.report.chart;

/**
 * The one set of style values of a chart, for both renderers: the JavaFX one (screen and PNG,
 * {@code chart.fx}) and the PDF one (briefing, {@code chart.pdf}). Geometry that is a share of
 * the plot is the same on screen and on paper; sizes differ by medium — pixels of a chart about
 * 960 wide against points of a chart about 500 wide — so each size names its medium. The colours
 * are those of {@code chart.css} in the light theme, which is what paper shows;
 * {@code ChartStyleTest} fails when one of the two changes alone.
 */
public final class ChartStyle {

    /** Share of its day (or week or month) a bar fills; the rest is the gap to the next bar. */
    public static final double BAR_SHARE = 0.8;

    /** Title, axis text and key-date labels ({@code -lw-ink}). */
    public static final String INK = "#1f2a37";
    /** Axis titles and tick labels. */
    public static final String LABEL = "#3a4350";
    /** Grid lines. */
    public static final String GRID = "#e3e7ec";
    /** Legend entries. */
    public static final String LEGEND_TEXT = "#2b3340";
    /** A legend's note and a series without a colour of its own ({@code -lw-series-colour}). */
    public static final String MUTED = "#5a6270";
    /** The rim of a flagged day ({@code -lw-flag-colour}). */
    public static final String FLAG = "#000000";
    /** Opacity of a confidence band over its series' colour. */
    public static final double BAND_OPACITY = 0.16;

    /** The axis lines of a printed chart (on screen the theme's axis colour). */
    public static final String PRINT_AXIS_LINE = "#9aa3ad";

    private ChartStyle() {
    }

    /** Sizes on screen and in PNG exports, in the chart's pixels. */
    public static final class Screen {

        /** Radius of a plain dot. */
        public static final double DOT_RADIUS = 3.5;
        /** Centre to corner of a flagged day's diamond. */
        public static final double FLAG_HALF = 7;
        /** Half the width of the band drawn for a lone day (a polygon of one point has no area). */
        public static final double LONE_DAY_HALF_WIDTH = 3;
        /** Width and height of the triangle marking a band cut off at the top. */
        public static final double CUT_MARK_SIZE = 9;
        /** A rollup's line: dash and gap, as {@code -fx-stroke-dash-array} takes them. */
        public static final String ROLLUP_DASH_ARRAY = "9 5";

        private Screen() {
        }
    }

    /** Sizes in the briefing PDF, in points; dots and flags are the screen's at 0.6. */
    public static final class Print {

        public static final float DOT_RADIUS = 2.1f;
        public static final float FLAG_HALF = 4.2f;
        public static final float LONE_DAY_HALF_WIDTH = 2f;
        public static final float LINE_WIDTH = 1.3f;
        /** A rollup's line: dash and gap (on screen {@code -fx-stroke-dash-array: 9 5}). */
        public static final float ROLLUP_DASH = 5;
        public static final float ROLLUP_GAP = 3;
        public static final float TICK_FONT_SIZE = 7.5f;
        public static final float AXIS_FONT_SIZE = 8.5f;
        public static final float MARKER_FONT_SIZE = 7.5f;
        public static final float LEGEND_FONT_SIZE = 8f;
        public static final float TICK_LENGTH = 3f;

        private Print() {
        }
    }
}
