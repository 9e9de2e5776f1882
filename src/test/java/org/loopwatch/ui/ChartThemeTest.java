package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.report.ChartImageRenderer;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.PngFiles;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.fx.ChartFactory;
import org.loopwatch.report.chart.fx.ChartPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18: on screen a chart follows the window's theme — in the dark theme its background,
 * gridlines, axis text, title and legend were a white box with dark text. Every text drawn in the
 * chart (title, axis titles, tick labels, legend, key-date labels) is read back from the laid-out
 * nodes and held to WCAG AA on the chart's background, in every theme; an export drawn meanwhile
 * stays white (a briefing is printed).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ChartThemeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Region(), 900, 520));
        stage.show();
    }

    @Test
    void chartsOnScreenFollowTheThemeWithReadableTextAndExportsStayWhite(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (ChartKind kind : List.of(ChartKind.ROLLING, ChartKind.POSITIVES)) {
                robot.interact(() -> problems.addAll(checkOnScreen(theme, kind)));
            }
        }
        assertThat(problems).isEmpty();

        // The window is dark now; an export of the same chart is still drawn on white.
        robot.interact(() -> {
            StackPane root = themedRoot(Theme.DARK);
            root.getChildren().add(ChartFactory.create(ChartFixtures.request(ChartKind.ROLLING)));
            stage.getScene().setRoot(root);
        });
        BufferedImage[] exported = new BufferedImage[1];
        robot.interact(() -> exported[0] = PngFiles.toBufferedImage(ChartImageRenderer.renderChart(
                ChartFactory.create(ChartFixtures.request(ChartKind.ROLLING)), ExportPreset.values()[0].size(1))));
        BufferedImage image = exported[0];
        assertThat(image.getRGB(image.getWidth() / 2, 4) & 0xFFFFFF).as("the export's top edge").isEqualTo(0xFFFFFF);
        PngFiles.write(image, java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/snapshots"))
                .resolve("chart-export-while-dark.png"));
        assertThat(darkShare(image)).as("an export is drawn on white, not in the window's dark theme").isLessThan(0.05);
    }

    private List<String> checkOnScreen(Theme theme, ChartKind kind) {
        StackPane root = themedRoot(theme);
        ChartPane pane = ChartFactory.create(ChartFixtures.request(kind));
        root.getChildren().add(pane);
        stage.getScene().setRoot(root);
        root.applyCss();
        root.layout();

        List<String> problems = new ArrayList<>();
        String where = theme + " " + kind + ": ";
        Color background = fill(pane);
        Color plot = fill((Region) pane.lookup(".chart-plot-background"));
        if (!plot.equals(background)) {
            problems.add(where + "plot background " + plot + " differs from the chart's " + background);
        }
        boolean darkTheme = theme != Theme.LIGHT;
        if (darkTheme != (luminance(background) < 0.2)) {
            problems.add(where + "the chart's background " + background + " does not follow the theme");
        }
        List<Text> texts = new ArrayList<>();
        collect(pane, texts);
        assertThat(texts).as(where + "texts drawn").hasSizeGreaterThan(5);
        for (Text text : texts) {
            if (!(text.getFill() instanceof Color colour)) {
                problems.add(where + "\"" + text.getText() + "\" is not filled with a colour");
                continue;
            }
            double ratio = contrast(colour, background);
            if (ratio < 4.5) {
                problems.add(String.format("%s\"%s\" is %.2f:1 on the chart's background", where, text.getText(), ratio));
            }
        }
        for (Node grid : pane.lookupAll(".chart-horizontal-grid-lines")) {
            Paint stroke = grid instanceof Path path ? path.getStroke() : grid instanceof Line line ? line.getStroke() : null;
            if (stroke instanceof Color colour && (colour.equals(Color.web("#e3e7ec")) != !darkTheme)) {
                problems.add(where + "gridlines " + colour + " do not follow the theme");
            }
        }
        return problems;
    }

    private static StackPane themedRoot(Theme theme) {
        StackPane root = new StackPane();
        root.getStylesheets().add(AppearanceStyler.STYLESHEET);
        AppearanceStyler.apply(root, theme, 100);
        return root;
    }

    private static void collect(Node node, List<Text> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static Color fill(Region region) {
        assertThat(region.getBackground()).as(region.getStyleClass() + " has a background").isNotNull();
        return (Color) region.getBackground().getFills().getLast().getFill();
    }

    private static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen())
                + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color front, Color back) {
        double a = luminance(front);
        double b = luminance(back);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The share of pixels as dark as the dark theme's chart background. */
    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (luminance(Color.rgb((image.getRGB(x, y) >> 16) & 0xFF, (image.getRGB(x, y) >> 8) & 0xFF,
                        image.getRGB(x, y) & 0xFF)) < 0.05) {
                    dark++;
                }
            }
        }
        return dark / (double) (((image.getHeight() + 2) / 3) * ((image.getWidth() + 2) / 3));
    }
}
