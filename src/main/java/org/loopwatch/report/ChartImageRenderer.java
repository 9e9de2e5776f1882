package org.loopwatch.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.loopwatch.report.chart.fx.ChartPane;
import org.loopwatch.report.svg.SvgPageWriter;

/**
 * Lays out a {@link ChartPage} at an export size — title, subtitle, chart, provenance footer —
 * and renders it to an image. Must run on the FX thread.
 *
 * <p>Text is sized for the image, not the screen. The page is laid out at a "design" size of
 * about 960 × 540 and drawn zoomed to the export size ({@link #zoom}), so every size of the
 * dashboard's charts — fonts, line widths, dots — grows with the image alike: tick labels of
 * 11 px become 22 px on a 1920 × 1080 slide and 40 px on an A4 page of 3508 × 2480. The zoom is a
 * vector transform, so text stays sharp at every size and scale.
 */
public final class ChartImageRenderer {

    /** The layout size the charts were designed for (the dashboard shows them about this big). */
    static final double DESIGN_WIDTH = 960;
    static final double DESIGN_HEIGHT = 540;
    /** Style class of a page in Chinese, set in Noto Sans SC throughout (export.css). */
    static final String CHINESE_PAGE = "export-page-chinese";

    private ChartImageRenderer() {
    }

    /** The page with its title, subtitle and footer. */
    public static WritableImage render(ChartPage page, ExportSize size) {
        return snapshot(layout(page), size);
    }

    /**
     * The page as an SVG document: the same laid-out nodes as {@link #render}'s image, written as
     * vectors and text ({@link SvgPageWriter}), sized like the PNG.
     */
    public static String renderSvg(ChartPage page, ExportSize size) {
        return drawn(layout(page), size, (root, zoom) -> SvgPageWriter.write(root, size.width() / zoom,
                size.height() / zoom, size.pixelWidth(), size.pixelHeight(), page.title(), page.subtitle()));
    }

    /** The chart alone, e.g. for a PDF page that prints its own heading and footer. */
    public static WritableImage renderChart(Node chart, ExportSize size) {
        BorderPane root = new BorderPane(chart);
        root.getStyleClass().add("export-page");
        root.setPadding(new Insets(6));
        return snapshot(root, size);
    }

    /** How much the design-size layout is enlarged to fill the export size (before the scale). */
    static double zoom(ExportSize size) {
        return Math.min(size.width() / DESIGN_WIDTH, size.height() / DESIGN_HEIGHT);
    }

    private static WritableImage snapshot(Region root, ExportSize size) {
        return drawn(root, size, (laidOut, zoom) -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            parameters.setTransform(Transform.scale(zoom * size.scale(), zoom * size.scale()));
            WritableImage image = new WritableImage(size.pixelWidth(), size.pixelHeight());
            return laidOut.snapshot(parameters, image);
        });
    }

    /**
     * Styles and lays out the page at the design size in a scene of its own, lets {@code draw} turn
     * it into an image or a document (given the zoom to the export size), then gives back what it
     * borrowed.
     */
    private static <T> T drawn(Region root, ExportSize size, BiFunction<Region, Double, T> draw) {
        ExportFonts.loadIntoJavaFx();
        if (ExportFonts.chineseFirst()) {
            root.getStyleClass().add(CHINESE_PAGE);
        }
        double zoom = zoom(size);
        double width = size.width() / zoom;
        double height = size.height() / zoom;
        root.setPrefSize(width, height);
        root.setMinSize(width, height);
        root.setMaxSize(width, height);
        // Panels (small multiples) each define their series' colours on the same classes (series0, …),
        // so theirs stay on each panel; a page of one chart hoists them, for speed.
        Map<Parent, List<String>> hoisted = chartsIn(root) > 1 ? Map.of() : hoistStylesheets(root);
        Scene scene = new Scene(root, width, height, Color.WHITE);
        scene.getStylesheets().add(stylesheet());
        hoisted.values().forEach(sheets -> sheets.stream().filter(sheet -> !scene.getStylesheets().contains(sheet))
                .forEach(scene.getStylesheets()::add));
        root.applyCss();
        root.layout();
        T drawn = draw.apply(root, zoom);
        detach(root);
        hoisted.forEach((parent, sheets) -> parent.getStylesheets().setAll(sheets));
        return drawn;
    }

    /*
     * Moves the stylesheets of the nodes inside up to the scene for the snapshot, and returns them
     * to give back afterwards. JavaFX records every parent node under a node with stylesheets in
     * a list it searches from end to end for each styled node, so a ten-year chart (14,600 bars,
     * each a region) took some 20 seconds to style; scene stylesheets have no such list. The page
     * holds one chart, so the chart's rules reach nothing else.
     */
    private static Map<Parent, List<String>> hoistStylesheets(Parent root) {
        Map<Parent, List<String>> hoisted = new LinkedHashMap<>();
        Deque<Parent> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            Parent parent = open.pop();
            if (!parent.getStylesheets().isEmpty()) {
                hoisted.put(parent, List.copyOf(parent.getStylesheets()));
                parent.getStylesheets().clear();
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof Parent inner) {
                    open.push(inner);
                }
            }
        }
        return hoisted;
    }

    private static int chartsIn(Parent root) {
        int charts = 0;
        Deque<Parent> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            Parent parent = open.pop();
            if (parent instanceof ChartPane) {
                charts++;
                continue;
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof Parent inner) {
                    open.push(inner);
                }
            }
        }
        return charts;
    }

    /** Lets the chart be shown again elsewhere (e.g. copied from the dashboard, then shown). */
    private static void detach(Parent root) {
        if (root.getScene() != null) {
            root.getScene().setRoot(new javafx.scene.Group());
        }
    }

    private static String stylesheet() {
        return Objects.requireNonNull(ChartImageRenderer.class.getResource("export.css"), "export.css")
                .toExternalForm();
    }

    private static BorderPane layout(ChartPage page) {
        Label title = new Label(page.title());
        title.getStyleClass().add("export-title");
        title.setWrapText(true);
        Label subtitle = new Label(page.subtitle());
        subtitle.getStyleClass().add("export-subtitle");
        subtitle.setWrapText(true);
        VBox header = new VBox(title, subtitle);
        header.getStyleClass().add("export-header");

        VBox footer = new VBox();
        footer.getStyleClass().add("export-footer");
        for (String line : page.provenance().lines()) {
            Label text = new Label(line);
            text.getStyleClass().add("export-provenance");
            text.setWrapText(true);
            footer.getChildren().add(text);
        }

        BorderPane root = new BorderPane(page.chart(), header, null, footer, null);
        root.getStyleClass().add("export-page");
        root.setPadding(new Insets(16, 18, 12, 18));
        return root;
    }
}
