package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DefaultGroups;

/**
 * Twelve groups in one chart stay apart by colour, in the light chart and in the dark one where
 * some colours are drawn in a lighter twin (decision 0057): the dark blue's twin was 7.2 ΔE76
 * from the sky blue. ΔE76 is the distance in CIELAB (D65), where about 2.3 is just noticeable.
 */
class GroupPaletteDistanceTest {

    private static final double LEAST_DISTANCE = 15;

    @Test
    void everyTwoGroupColoursAreApartInTheLightChart() {
        assertThat(closestPair(DefaultGroups.PALETTE)).isGreaterThanOrEqualTo(LEAST_DISTANCE);
    }

    @Test
    void everyTwoGroupColoursAreApartInTheDarkChart() {
        List<String> dark = DefaultGroups.PALETTE.stream().map(SeriesStylesheet::onDark).toList();
        assertThat(closestPair(dark)).isGreaterThanOrEqualTo(LEAST_DISTANCE);
        for (String colour : dark) {
            assertThat(SeriesStylesheet.contrast(Integer.parseInt(colour.substring(1), 16),
                    SeriesStylesheet.DARK_CHART_BACKGROUND)).as(colour).isGreaterThanOrEqualTo(SeriesStylesheet.MARK_CONTRAST);
        }
    }

    private static double closestPair(List<String> colours) {
        double least = Double.MAX_VALUE;
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                least = Math.min(least, deltaE76(lab(colours.get(i)), lab(colours.get(j))));
            }
        }
        return least;
    }

    private static double deltaE76(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    /* sRGB #RRGGBB to CIELAB under D65. */
    private static double[] lab(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double r = linear(rgb >> 16 & 0xFF);
        double g = linear(rgb >> 8 & 0xFF);
        double b = linear(rgb & 0xFF);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
