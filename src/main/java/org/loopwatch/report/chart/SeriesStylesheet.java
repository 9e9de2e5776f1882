package org.loopwatch.report.chart;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where colours that come from data (each group's colour, chosen in Settings) meet
 * CSS. A static stylesheet cannot know them, so this writes a tiny stylesheet at run time that
 * only defines the looked-up colour {@code -lw-series-colour} per subject class, e.g.
 * {@code .lw-series-group-3 { -lw-series-colour: #0072B2; }}; every rule that uses the colour
 * lives in {@code chart.css}. Added as a {@code data:} URI (JavaFX 17+), so no {@code setStyle}.
 *
 * <p>On screen in the dark and high-contrast themes a chart is dark (chart.css), where a grey
 * rollup line or a black group colour would vanish; there each colour that stands out less than
 * 3:1 from the dark chart (WCAG 2.1, 1.4.11) is drawn in its {@linkplain #onDark light twin}.
 * Exports, always on a light page, keep the colours as chosen.
 */
public final class SeriesStylesheet {

    /** The chart background of the dark theme (chart.css, .theme-dark .lw-chart); high contrast's black is darker. */
    public static final int DARK_CHART_BACKGROUND = 0x22262C;
    /** What a line or dot needs against its background: WCAG 2.1 AA for graphical objects. */
    public static final double MARK_CONTRAST = 3.0;

    /*
     * The palette's blue lightened by the rule below became #4DBFFF, 7.2 ΔE76 (3.4 CIEDE2000)
     * from the palette's sky blue #56B4E9: two groups of a dark chart looked alike (decision
     * 0057). Its twin is a bluer, more saturated blue, 3.3:1 on the dark chart and ≥ 19 CIEDE2000
     * from every other twin.
     */
    private static final String PALETTE_BLUE = "#0072B2";
    private static final String PALETTE_BLUE_ON_DARK = "#0078CC";
    private static final String DARK_THEMES = ".theme-dark ";
    private static final String HIGH_CONTRAST = ".theme-high-contrast ";

    private SeriesStylesheet() {
    }

    /** The CSS text defining each subject's colour; {@link ChartSubject} guarantees plain hex colours. */
    public static String css(Collection<ChartSubject> subjects) {
        return css(subjects, List.of());
    }

    /**
     * As {@link #css(Collection)}, plus rules for the series of one XY chart. JavaFX resets the
     * style classes of the nodes it makes for a series (its line and its symbols) to its own,
     * such as {@code series3}; so the colour of series {@code i} is defined on {@code .series<i>},
     * and a rollup's line gets its dashes there too.
     *
     * @param chartSeries the subject of each series of the chart, in the chart's order
     */
    public static String css(Collection<ChartSubject> subjects, List<ChartSubject> chartSeries) {
        Map<String, String> colours = new LinkedHashMap<>();
        subjects.forEach(subject -> colours.putIfAbsent(subject.colourClass(), subject.colour()));
        StringBuilder css = new StringBuilder();
        colours.forEach((styleClass, colour) -> rule(css, "." + styleClass, colour));
        for (int i = 0; i < chartSeries.size(); i++) {
            ChartSubject subject = chartSeries.get(i);
            rule(css, ".lw-chart .series" + i, subject.colour());
            if (subject.rollup()) {
                css.append(".lw-chart .chart-series-line.series").append(i)
                        .append(" { -fx-stroke-dash-array: ").append(ChartStyle.Screen.ROLLUP_DASH_ARRAY)
                        .append("; }\n");
            }
        }
        return css.toString();
    }

    /* The colour as chosen, and its light twin under the dark themes when it needs one. */
    private static void rule(StringBuilder css, String selector, String colour) {
        css.append(selector).append(" { -lw-series-colour: ").append(colour).append("; }\n");
        String twin = onDark(colour);
        if (!twin.equals(colour)) {
            css.append(DARK_THEMES).append(selector).append(", ").append(HIGH_CONTRAST).append(selector)
                    .append(" { -lw-series-colour: ").append(twin).append("; }\n");
        }
    }

    /**
     * The colour a series is drawn in on the dark chart: {@code colour} itself (a {@code #RRGGBB})
     * when it stands out 3:1 from {@link #DARK_CHART_BACKGROUND}; else the same hue with its
     * lightness turned over (dark grey becomes light grey, so rollup greys stay apart from one
     * another), lightened further if that is not yet enough. Upper-case {@code #RRGGBB}.
     */
    public static String onDark(String colour) {
        if (colour.equalsIgnoreCase(PALETTE_BLUE)) {
            return PALETTE_BLUE_ON_DARK;
        }
        int rgb = Integer.parseInt(colour.substring(1), 16);
        if (contrast(rgb, DARK_CHART_BACKGROUND) >= MARK_CONTRAST) {
            return colour;
        }
        int twin = lightnessTurned(rgb);
        for (double white = 0.1; contrast(twin, DARK_CHART_BACKGROUND) < MARK_CONTRAST; white += 0.1) {
            twin = mix(twin, 0xFFFFFF, Math.min(1, white));
        }
        return String.format("#%06X", twin);
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours ({@code 0xRRGGBB}), from 1 to 21. */
    public static double contrast(int first, int second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /* HSL lightness L becomes 1 − L; hue and saturation stay. */
    private static int lightnessTurned(int rgb) {
        double r = (rgb >> 16 & 0xFF) / 255.0;
        double g = (rgb >> 8 & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double shift = 1 - 2 * lightness; // moving every channel by this mirrors the lightness
        return channel(r + shift) << 16 | channel(g + shift) << 8 | channel(b + shift);
    }

    private static int mix(int rgb, int with, double share) {
        int r = (int) Math.round((rgb >> 16 & 0xFF) * (1 - share) + (with >> 16 & 0xFF) * share);
        int g = (int) Math.round((rgb >> 8 & 0xFF) * (1 - share) + (with >> 8 & 0xFF) * share);
        int b = (int) Math.round((rgb & 0xFF) * (1 - share) + (with & 0xFF) * share);
        return r << 16 | g << 8 | b;
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }

    /** The stylesheet as a URL for {@code getStylesheets().add(...)}. */
    public static String dataUri(Collection<ChartSubject> subjects) {
        return dataUri(subjects, List.of());
    }

    /** The stylesheet of {@link #css(Collection, List)} as a URL. */
    public static String dataUri(Collection<ChartSubject> subjects, List<ChartSubject> chartSeries) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css(subjects, chartSeries).getBytes(StandardCharsets.UTF_8));
    }

    /** The URL of the static chart stylesheet (chart.css beside this class). */
    public static String chartStylesheet() {
        return SeriesStylesheet.class.getResource("chart.css").toExternalForm();
    }
}
