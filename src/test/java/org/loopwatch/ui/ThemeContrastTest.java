package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every theme's text is readable on the backgrounds it is drawn on: WCAG 2.1 AA, a contrast of at
 * least 4.5:1 for text and 3:1 for focus rings and input borders (success criteria 1.4.3, 1.4.11).
 * The colours are read from themes.css itself, so the test checks what the app shows.
 */
class ThemeContrastTest {

    private static final Path THEMES = Path.of("src/main/resources/org/loopwatch/ui/themes.css");
    /** The charts' own palette: light by default (exports), per theme on screen. */
    private static final Path CHART = Path.of("src/main/resources/org/loopwatch/report/chart/chart.css");
    private static final Pattern BLOCK = Pattern.compile("([^{}]*)\\{([^{}]*)}");
    private static final Pattern COLOUR = Pattern.compile("-lw-([a-z-]+):\\s*#([0-9a-fA-F]{6});");

    /** Text colour on background colour, as the stylesheets pair them. */
    private static final List<String[]> TEXT_ON = List.of(
            pair("text", "surface"), pair("text", "card"), pair("text", "card-alt"), pair("text", "info-background"),
            pair("text-secondary", "surface"), pair("text-secondary", "card"), pair("text-secondary", "card-alt"),
            pair("text-muted", "surface"), pair("text-muted", "card"), pair("text-muted", "card-alt"),
            pair("nav-text", "nav-background"), pair("nav-title", "nav-background"), pair("nav-text", "nav-hover"),
            pair("on-accent", "accent"), pair("notice-text", "notice-background"),
            pair("warning-text", "warning-background"), pair("warning-text", "card"),
            pair("caution-text", "card"), pair("caution-text", "surface"),
            pair("error-text", "error-background"), pair("error-text", "card"), pair("error-text", "surface"),
            pair("ok-text", "ok-background"), pair("ok-text", "card"),
            pair("status-text", "status-background"), pair("badge-text", "badge-background"),
            pair("nav-selected-text", "nav-selected"));

    /** Shapes that must be seen (focus rings, borders of inputs) on their background. */
    private static final List<String[]> SHAPE_ON = List.of(
            pair("focus", "surface"), pair("focus", "card"), pair("nav-focus", "nav-background"),
            pair("border-strong", "card"), pair("nav-selected", "nav-background"));

    /** Colours that mark selection and focus: none may be mistaken for a group's series colour. */
    private static final List<String> MARKS = List.of("accent", "focus");

    @Test
    void everyThemeMeetsWcagAaForTextAndForFocusRings() throws IOException {
        Map<Theme, Map<String, Integer>> palettes = palettes();
        assertThat(palettes).as("a palette per theme in " + THEMES).containsOnlyKeys(Theme.values());
        List<String> problems = new ArrayList<>();
        palettes.forEach((theme, palette) -> {
            check(problems, theme, palette, TEXT_ON, 4.5);
            check(problems, theme, palette, SHAPE_ON, 3.0);
        });
        assertThat(problems).isEmpty();
    }

    /*
     * Found in the walk: the light theme's accent was Okabe–Ito blue, the colour of Athletes, so a
     * selected row or a focus ring looked like a series. CIELAB ΔE76 of at least 20 is "clearly
     * another colour" (2.3 is the just-noticeable difference).
     */
    @Test
    void selectionAndFocusColoursAreClearlyNoGroupsColourInAnyTheme() throws IOException {
        List<String> problems = new ArrayList<>();
        palettes().forEach((theme, palette) -> {
            for (String mark : MARKS) {
                for (String group : org.loopwatch.domain.DefaultGroups.PALETTE) {
                    int colour = Integer.parseInt(group.substring(1), 16);
                    double distance = deltaE(palette.get(mark), colour);
                    if (distance < 20) {
                        problems.add(String.format("%s: -lw-%s is ΔE %.1f from group colour %s", theme, mark, distance, group));
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(deltaE(0x0072B2, 0x0072B2)).isZero();
        assertThat(deltaE(0xFFFFFF, 0x000000)).isEqualTo(100.0, org.assertj.core.data.Offset.offset(0.1));
    }

    /*
     * Found in the walk (issue 18): in the dark theme the dashboard's charts stayed white boxes
     * with dark axes. The chart palette in chart.css now follows the theme on screen: its text
     * (title, axis titles, tick labels, legend) meets AA on the chart's background, marks that
     * must be seen (open-dot rims, cut marks, the flagged-day rim) 3:1, and the chart sits on
     * its card's colour. Exports keep the light default: a briefing is printed.
     */
    @Test
    void chartTextFollowsTheThemeAndMeetsWcagAaWhileExportsStayLight() throws IOException {
        Map<Theme, Map<String, Integer>> themes = palettes();
        Map<Theme, Map<String, Integer>> charts = chartPalettes();
        assertThat(charts).containsOnlyKeys(Theme.values());
        List<String> problems = new ArrayList<>();
        charts.forEach((theme, chart) -> {
            check(problems, theme, chart, List.of(pair("chart-ink", "chart-background"),
                    pair("chart-axis-text", "chart-background"), pair("chart-legend-text", "chart-background")), 4.5);
            check(problems, theme, chart, List.of(pair("chart-muted", "chart-background"),
                    pair("flag-colour", "chart-background")), 3.0);
            if (contrast(chart.get("chart-grid"), chart.get("chart-background")) < 1.15) {
                problems.add(theme + ": gridlines cannot be told from the chart's background");
            }
            if (!chart.get("chart-background").equals(themes.get(theme).get("card"))) {
                problems.add(String.format("%s: the chart's background #%06x is not its card's #%06x", theme,
                        chart.get("chart-background"), themes.get(theme).get("card")));
            }
        });
        assertThat(problems).isEmpty();
        assertThat(charts.get(Theme.DARK).get("chart-background")).as("dark on screen").isEqualTo(0x22262c);
        assertThat(exportChartPalette().get("chart-background")).as("exports: white paper").isEqualTo(0xffffff);
    }

    /*
     * A group's or rollup's colour on the dark themes' charts: every colour a group can get by default
     * (Okabe–Ito, black included) and every rollup grey stands out 3:1 (1.4.11) in the twin
     * SeriesStylesheet draws it in there, and twins stay as distinct as the colours were.
     */
    @Test
    void seriesColoursStandOutOnTheDarkThemesCharts() throws IOException {
        Map<Theme, Map<String, Integer>> charts = chartPalettes();
        assertThat(charts.get(Theme.DARK).get("chart-background")).as("SeriesStylesheet knows the dark chart")
                .isEqualTo(org.loopwatch.report.chart.SeriesStylesheet.DARK_CHART_BACKGROUND);
        List<String> colours = new ArrayList<>(org.loopwatch.domain.DefaultGroups.PALETTE);
        colours.addAll(org.loopwatch.report.chart.ChartSubject.ROLLUP_COLOURS);
        List<String> problems = new ArrayList<>();
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST)) {
            int background = charts.get(theme).get("chart-background");
            for (String colour : colours) {
                String twin = org.loopwatch.report.chart.SeriesStylesheet.onDark(colour);
                double ratio = contrast(Integer.parseInt(twin.substring(1), 16), background);
                if (ratio < 3.0) {
                    problems.add(String.format("%s: %s (drawn as %s) is %.2f:1 on the chart", theme, colour, twin, ratio));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(colours.stream().map(org.loopwatch.report.chart.SeriesStylesheet::onDark).distinct())
                .hasSize(colours.size());
        assertThat(org.loopwatch.report.chart.SeriesStylesheet.onDark("#E69F00")).as("already fine: unchanged")
                .isEqualTo("#E69F00");
        assertThat(org.loopwatch.report.chart.SeriesStylesheet.onDark("#3D3D3D")).isEqualTo("#C2C2C2");
    }

    /** The chart palette without a theme class: what an export (its own scene, no theme) draws. */
    private static Map<String, Integer> exportChartPalette() throws IOException {
        return chartBlocks().getOrDefault(".lw-chart", Map.of());
    }

    private static Map<Theme, Map<String, Integer>> chartPalettes() throws IOException {
        Map<String, Map<String, Integer>> blocks = chartBlocks();
        Map<Theme, Map<String, Integer>> palettes = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            Map<String, Integer> palette = new HashMap<>(blocks.getOrDefault(".lw-chart", Map.of()));
            palette.putAll(blocks.getOrDefault("." + theme.styleClass() + " .lw-chart", Map.of()));
            palettes.put(theme, palette);
        }
        return palettes;
    }

    private static Map<String, Map<String, Integer>> chartBlocks() throws IOException {
        String css = Files.readString(CHART, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, Integer>> blocks = new HashMap<>();
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            Map<String, Integer> colours = new HashMap<>();
            Matcher colour = COLOUR.matcher(block.group(2));
            while (colour.find()) {
                colours.put(colour.group(1), Integer.parseInt(colour.group(2), 16));
            }
            blocks.merge(block.group(1).strip(), colours, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
        return blocks;
    }

    /** CIE76 colour difference of two sRGB colours (D65 white). */
    static double deltaE(int first, int second) {
        double[] a = lab(first);
        double[] b = lab(second);
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double[] lab(int rgb) {
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = labF(x);
        double fy = labF(y);
        double fz = labF(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    @Test
    void theContrastFormulaGivesWcagsOwnExamples() {
        assertThat(contrast(0x000000, 0xFFFFFF)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(0x777777, 0xFFFFFF)).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(0xFFFFFF, 0xFFFFFF)).isEqualTo(1.0);
    }

    private static void check(List<String> problems, Theme theme, Map<String, Integer> palette, List<String[]> pairs,
                              double needed) {
        for (String[] pair : pairs) {
            Integer front = palette.get(pair[0]);
            Integer back = palette.get(pair[1]);
            if (front == null || back == null) {
                problems.add(theme + " lacks -lw-" + (front == null ? pair[0] : pair[1]));
                continue;
            }
            double ratio = contrast(front, back);
            if (ratio < needed) {
                problems.add(String.format("%s: -lw-%s on -lw-%s is %.2f:1, needs %.1f:1", theme, pair[0], pair[1],
                        ratio, needed));
            }
        }
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours. */
    static double contrast(int first, int second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<Theme, Map<String, Integer>> palettes() throws IOException {
        String css = Files.readString(THEMES, StandardCharsets.UTF_8);
        Map<Theme, Map<String, Integer>> palettes = new EnumMap<>(Theme.class);
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            for (Theme theme : Theme.values()) {
                if (block.group(1).contains("." + theme.styleClass())) {
                    Map<String, Integer> palette = new HashMap<>();
                    Matcher colour = COLOUR.matcher(block.group(2));
                    while (colour.find()) {
                        palette.put(colour.group(1), Integer.parseInt(colour.group(2), 16));
                    }
                    palettes.put(theme, palette);
                }
            }
        }
        return palettes;
    }

    private static String[] pair(String front, String back) {
        return new String[] {front, back};
    }
}
