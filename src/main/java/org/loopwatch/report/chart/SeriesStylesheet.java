package org.loopwatch.report.chart;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
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
        Map<String, String> colours = new LinkedHashMap<>();
        subjects.forEach(subject -> colours.putIfAbsent(subject.colourClass(), subject.colour()));
        StringBuilder css = new StringBuilder();
        colours.forEach((styleClass, colour) ->
                css.append('.').append(styleClass).append(" { -lw-series-colour: ").append(colour).append("; }\n"));
        return css.toString();
    }

    /** The stylesheet as a URL for {@code getStylesheets().add(...)}. */
    public static String dataUri(Collection<ChartSubject> subjects) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css(subjects).getBytes(StandardCharsets.UTF_8));
    }

    /** The URL of the static chart stylesheet (chart.css beside this class). */
    public static String chartStylesheet() {
        return SeriesStylesheet.class.getResource("chart.css").toExternalForm();
    }
}
