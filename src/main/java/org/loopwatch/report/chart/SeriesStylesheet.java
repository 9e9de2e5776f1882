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
 */
public final class SeriesStylesheet {

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
        colours.forEach((styleClass, colour) ->
                css.append('.').append(styleClass).append(" { -lw-series-colour: ").append(colour).append("; }\n"));
        for (int i = 0; i < chartSeries.size(); i++) {
            ChartSubject subject = chartSeries.get(i);
            css.append(".lw-chart .series").append(i).append(" { -lw-series-colour: ").append(subject.colour())
                    .append("; }\n");
            if (subject.rollup()) {
                css.append(".lw-chart .chart-series-line.series").append(i)
                        .append(" { -fx-stroke-dash-array: ").append(ChartStyle.Screen.ROLLUP_DASH_ARRAY)
                        .append("; }\n");
            }
        }
        return css.toString();
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
