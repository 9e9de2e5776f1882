package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.fx.ChartFactory;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.StageFilter;

/** Renders chart pages at every preset and reads the PNG back. */
class ChartImageRendererTest {

    @TempDir
    Path folder;

    static Stream<Arguments> presetsAndScales() {
        return Stream.of(ExportPreset.values()).flatMap(preset -> Stream.of(Arguments.of(preset, 1), Arguments.of(preset, 2)));
    }

    @ParameterizedTest
    @MethodSource("presetsAndScales")
    void everyPresetGivesAPngOfItsSizeWithAChartAndAFooter(ExportPreset preset, int scale) throws Exception {
        ExportSize size = preset.size(scale);
        Path file = folder.resolve(preset.code() + "@" + scale + ".png");

        BufferedImage rendered = HeadlessFx.call(() -> PngFiles.toBufferedImage(
                ChartImageRenderer.render(page(), size)));
        PngFiles.write(rendered, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(size.pixelWidth());
        assertThat(image.getHeight()).isEqualTo(size.pixelHeight());
        assertThat(ExportFixtures.darkShare(image, 0, image.getHeight() / 8)).as("title band").isGreaterThan(0.002);
        assertThat(ExportFixtures.darkShare(image, image.getHeight() * 95 / 100, image.getHeight())).as("footer band")
                .isGreaterThan(0.002);
        assertThat(ExportFixtures.colouredShare(image)).as("the data line in its colour").isGreaterThan(0.0005);
    }

    @Test
    void aChartDrawnIntoAnImageKeepsItsOwnStylesheetsToBeShownAgain() throws Exception {
        ChartRequest request = ChartFixtures.longRequest(ChartKind.POSITIVES, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 7, 19));

        java.util.List<String> before = new java.util.ArrayList<>();
        BufferedImage image = HeadlessFx.call(() -> {
            ChartPane pane = ChartFactory.create(request);
            before.addAll(pane.getStylesheets());
            BufferedImage drawn = PngFiles.toBufferedImage(ChartImageRenderer.renderChart(pane, ExportPreset.values()[0].size(1)));
            assertThat(pane.getStylesheets()).isEqualTo(before);
            return drawn;
        });

        assertThat(before).isNotEmpty();
        assertThat(ExportFixtures.colouredShare(image)).as("bars in the group's colour").isGreaterThan(0.0005);
    }

    @Test
    void aBandCutOffByTheAxisIsMarkedAtTheTopInItsGroupsColour() throws Exception {
        // In-loop: Athletes' 0 of 900 a day has an interval up to about 0.06 %, far above the
        // axis, which follows Operating staff's 0.0005 % (up to twice the highest rate).
        ChartRequest request = ChartFixtures.request(ChartKind.ROLLING);
        Path file = folder.resolve("cut.png");

        BufferedImage rendered = HeadlessFx.call(() -> PngFiles.toBufferedImage(
                ChartImageRenderer.renderChart(ChartFactory.create(request), ExportPreset.SLIDE_16X9.size(1))));
        PngFiles.write(rendered, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        // Athletes' line lies along 0 and their legend swatch sits at the bottom: in the upper half,
        // pixels of their full blue are the triangles on the top edge (the band itself is pale).
        BufferedImage upperHalf = image.getSubimage(0, 0, image.getWidth(), image.getHeight() / 2);
        assertThat(ExportFixtures.nearColourShare(upperHalf, 0x0072B2) * upperHalf.getWidth() * upperHalf.getHeight())
                .as("pixels of the cut marks").isGreaterThan(20);
    }

    @Test
    void twelveGroupsAreDrawnAsPanelsThatFitBetweenTitleAndFooterAtEveryPreset() throws Exception {
        ChartData data = ChartData.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.IN_LOOP));
        PreparedChart chart = new PreparedChart(data, data.title(), data.subtitle(), provenance());
        for (ExportPreset preset : ExportPreset.values()) {
            Path file = folder.resolve("twelve-" + preset.code() + ".png");
            ExportSize size = preset.size(1);

            BufferedImage rendered = HeadlessFx.call(() -> PngFiles.toBufferedImage(
                    ChartImageRenderer.render(chart.page(), size)));
            PngFiles.write(rendered, file);

            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(size.pixelWidth());
            assertThat(image.getHeight()).isEqualTo(size.pixelHeight());
            int w = image.getWidth();
            int h = image.getHeight();
            // Four panels, two by two: each quarter of the plot area holds lines in colour.
            for (int[] quarter : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                BufferedImage part = image.getSubimage(quarter[0] * w / 2, h / 6 + quarter[1] * h / 3, w / 2, h / 3);
                assertThat(ExportFixtures.colouredShare(part) + ExportFixtures.darkShare(part, 0, part.getHeight()))
                        .as(preset.code() + " panel " + quarter[0] + "," + quarter[1]).isGreaterThan(0.01);
            }
            // The footer's last line is not covered by a panel's legend: its band holds only text.
            assertThat(ExportFixtures.colouredShare(image.getSubimage(0, h * 97 / 100, w, h * 3 / 100)))
                    .as(preset.code() + " footer").isLessThan(0.001);
        }
    }

    @Test
    void twelveGroupsWithStagesApartPutEachStageOnARowOfPanelsWhoseAxesStayClearOfTheirLegends() throws Exception {
        // Per panel: its row of the grid, bottom of its day axis, top of its legend, height of its plot (design pixels).
        java.util.List<double[]> panels = twelveGroupPanelsWithStagesApart(pane -> {
            javafx.geometry.Bounds axis = pane.chart().getXAxis().localToScene(pane.chart().getXAxis().getBoundsInLocal());
            javafx.geometry.Bounds legend = pane.getBottom().localToScene(pane.getBottom().getBoundsInLocal());
            javafx.scene.Node plot = pane.chart().lookup(".chart-plot-background");
            return new double[] {axis.getMaxY(), legend.getMinY(), plot.getBoundsInLocal().getHeight()};
        });

        // Three panels of four groups and one of the two rollups, per stage: two rows of four, not four rows of two.
        assertThat(panels).hasSize(8);
        assertThat(panels.stream().map(panel -> Math.round(panel[0])).distinct()).hasSize(2);
        for (double[] panel : panels) {
            // Within a few pixels: an axis's bounds take its label's line spacing; squeezed four rows deep, the
            // legends sat over the tick labels by a whole line.
            assertThat(panel[1]).as("day axis above the legend").isLessThanOrEqualTo(panel[2] + 4);
            assertThat(panel[3]).as("plot height").isGreaterThan(60);
        }
    }

    @Test
    void panelsSideBySideHaveTheirTitlesAndPlotsOnOneLineWhateverTheirLegends() throws Exception {
        // Per panel: its row of the grid, its title's top, its plot's top and bottom (design pixels).
        java.util.List<double[]> panels = twelveGroupPanelsWithStagesApart(pane -> {
            javafx.scene.Node title = pane.chart().lookup(".chart-title");
            javafx.scene.Node plot = pane.chart().lookup(".chart-plot-background");
            javafx.geometry.Bounds plotBounds = plot.localToScene(plot.getBoundsInLocal());
            return new double[] {title.localToScene(title.getBoundsInLocal()).getMinY(), plotBounds.getMinY(),
                plotBounds.getMaxY()};
        });

        assertThat(panels).hasSize(8);
        // The rollups' panel has one line of legend where the groups' have two: its chart took the line's
        // height, and its title and plot sat lower than its neighbours' (the walk of 7 December).
        for (long row : panels.stream().map(panel -> Math.round(panel[0])).distinct().toList()) {
            java.util.List<double[]> inRow = panels.stream().filter(panel -> Math.round(panel[0]) == row).toList();
            for (int measure = 1; measure <= 3; measure++) {
                int m = measure;
                double[] values = inRow.stream().mapToDouble(panel -> panel[m]).toArray();
                assertThat(java.util.Arrays.stream(values).max().orElseThrow() - java.util.Arrays.stream(values).min().orElseThrow())
                        .as("row " + row + ", " + java.util.List.of("title top", "plot top", "plot bottom").get(m - 1) + ": "
                                + java.util.Arrays.toString(values)).isLessThanOrEqualTo(1.0);
            }
        }
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Path target = folder.resolve("chart.png");
        Files.createDirectory(target);

        assertThatThrownBy(() -> PngFiles.write(image, target)).isInstanceOf(IOException.class).hasMessageContaining("folder");
        assertThatThrownBy(() -> PngFiles.write(image, folder.resolve("missing").resolve("chart.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("chart.png");
        }
    }

    /*
     * The rolling chart of twelve groups with stages apart drawn as a 16:9 page, and for each panel
     * its row of the grid followed by what {@code measure} reads of it (on the FX thread).
     */
    private static java.util.List<double[]> twelveGroupPanelsWithStagesApart(
            java.util.function.Function<ChartPane, double[]> measure) throws Exception {
        ChartData arrival = ChartData.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.ARRIVAL));
        ChartData inLoop = ChartData.of(ChartFixtures.twelveGroups(ChartKind.ROLLING, StageFilter.IN_LOOP));
        PreparedChart chart = new PreparedChart(arrival, arrival.title(), arrival.subtitle(), provenance(),
                java.util.List.of(arrival, inLoop));
        return HeadlessFx.call(() -> {
            ChartPage page = chart.page();
            ChartImageRenderer.render(page, ExportPreset.SLIDE_16X9.size(1));
            java.util.List<double[]> found = new java.util.ArrayList<>();
            for (javafx.scene.Node node : page.chart().lookupAll(".lw-chart-rolling")) {
                if (node instanceof ChartPane pane) {
                    double[] read = measure.apply(pane);
                    double[] panel = new double[read.length + 1];
                    panel[0] = javafx.scene.layout.GridPane.getRowIndex(pane);
                    System.arraycopy(read, 0, panel, 1, read.length);
                    found.add(panel);
                }
            }
            return found;
        });
    }

    private static Provenance provenance() {
        return new Provenance("7-day positivity = positives ÷ tests, ratio of sums",
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Optional.of(Instant.parse("2022-01-22T08:00:00Z")),
                Instant.parse("2022-01-23T06:00:00Z"), "0.1.0", "0123456789ab", 76, ZoneOffset.ofHours(8));
    }

    private static ChartPage page() {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName("Operating staff");
        for (int day = 0; day < 20; day++) {
            series.getData().add(new XYChart.Data<>(day, Math.sin(day / 3.0) + 2));
        }
        chart.getData().add(series);
        Provenance provenance = new Provenance("7-day positivity = positives ÷ tests, ratio of sums",
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Optional.of(Instant.parse("2022-01-22T08:00:00Z")),
                Instant.parse("2022-01-23T06:00:00Z"), "0.1.0", "0123456789ab", 76, ZoneOffset.ofHours(8));
        return new ChartPage("Rolling positivity", "4–22 January 2022 · all groups · arrival", chart, provenance);
    }
}
