package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One set of style values for both chart renderers (issue 16): the PDF renderer takes its colours
 * from {@link ChartStyle}; the JavaFX renderer from {@code chart.css}, which themes can override.
 * This keeps the two the same in the light theme (what paper shows): a colour changed in one place
 * alone fails here, naming the rule.
 */
class ChartStyleTest {

    @Test
    void chartCssInTheLightThemeUsesTheModelsColours() throws IOException {
        String css = chartCss();
        // The light palette (the default, which exports use) is the model's; themes override it on screen.
        assertThat(property(css, ".lw-chart", "-lw-chart-ink")).isEqualTo(ChartStyle.INK);
        assertThat(property(css, ".lw-chart", "-lw-series-colour")).isEqualTo(ChartStyle.MUTED);
        assertThat(property(css, ".lw-chart", "-lw-chart-muted")).isEqualTo(ChartStyle.MUTED);
        assertThat(property(css, ".lw-chart", "-lw-flag-colour")).isEqualTo(ChartStyle.FLAG);
        assertThat(property(css, ".lw-chart", "-lw-chart-axis-text")).isEqualTo(ChartStyle.LABEL);
        assertThat(property(css, ".lw-chart", "-lw-chart-grid")).isEqualTo(ChartStyle.GRID);
        assertThat(property(css, ".lw-chart", "-lw-chart-legend-text")).isEqualTo(ChartStyle.LEGEND_TEXT);
        assertThat(property(css, ".lw-chart .axis-label", "-fx-text-fill")).isEqualTo("-lw-chart-axis-text");
        assertThat(property(css, ".lw-chart .axis", "-fx-tick-label-fill")).isEqualTo("-lw-chart-axis-text");
        assertThat(property(css, ".lw-chart .chart-horizontal-grid-lines", "-fx-stroke")).isEqualTo("-lw-chart-grid");
        assertThat(property(css, ".lw-legend .label", "-fx-text-fill")).isEqualTo("-lw-chart-legend-text");
        assertThat(Double.parseDouble(property(css, ".lw-chart .ci-band", "-fx-opacity")))
                .isEqualTo(ChartStyle.BAND_OPACITY);
    }

    @Test
    void aRollupsDashesOnScreenComeFromTheModel() {
        ChartSubject rollup = ChartFixtures.request(ChartKind.ROLLING).subjects().stream().filter(ChartSubject::rollup)
                .findFirst().orElseThrow();
        assertThat(SeriesStylesheet.css(List.of(rollup), List.of(rollup)))
                .contains("-fx-stroke-dash-array: " + ChartStyle.Screen.ROLLUP_DASH_ARRAY + ";");
    }

    @Test
    void printedSizesAreTheScreensScaledForPaper() {
        // A printed chart is about 0.6 of the screen's: dots and flagged days keep their proportions.
        assertThat((double) ChartStyle.Print.DOT_RADIUS).isCloseTo(ChartStyle.Screen.DOT_RADIUS * 0.6,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat((double) ChartStyle.Print.FLAG_HALF).isCloseTo(ChartStyle.Screen.FLAG_HALF * 0.6,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    /** The value of {@code name} in the rule whose selector list holds {@code selector}. */
    private static String property(String css, String selector, String name) {
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            boolean selected = List.of(rule.group(1).split(",")).stream().map(String::strip).anyMatch(selector::equals);
            Matcher value = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*([^;]+);").matcher(rule.group(2));
            if (selected && value.find()) {
                return value.group(1).strip();
            }
        }
        throw new AssertionError("chart.css has no " + name + " in " + selector);
    }

    private static String chartCss() throws IOException {
        try (InputStream in = ChartStyle.class.getResourceAsStream("chart.css")) {
            assertThat(in).as("chart.css beside ChartStyle").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
