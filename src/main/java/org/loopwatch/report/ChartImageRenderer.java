package org.loopwatch.report;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Lays out a {@link ChartPage} at an export size — title, subtitle, chart, provenance footer —
 * and renders it to an image. Text is sized for the image (see {@link ExportSize#baseFontSize()}),
 * not for the screen. Must run on the FX thread.
 */
public final class ChartImageRenderer {

    private ChartImageRenderer() {
    }

    public static WritableImage render(ChartPage page, ExportSize size) {
        ExportFonts.loadIntoJavaFx();
        BorderPane root = layout(page, size);
        Scene scene = new Scene(root, size.width(), size.height(), Color.WHITE);
        scene.getStylesheets().add(Objects.requireNonNull(
                ChartImageRenderer.class.getResource("export.css"), "export.css").toExternalForm());
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(size.scale(), size.scale()));
        WritableImage image = new WritableImage(size.pixelWidth(), size.pixelHeight());
        return root.snapshot(parameters, image);
    }

    private static BorderPane layout(ChartPage page, ExportSize size) {
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
        // The one size that depends on data: the base font follows the image size, and every
        // other text size in export.css is in em of it.
        root.setStyle("-fx-font-size: " + String.format(java.util.Locale.ROOT, "%.1f", size.baseFontSize()) + "px;");
        double margin = size.baseFontSize() * 1.5;
        root.setPadding(new Insets(margin));
        root.setPrefSize(size.width(), size.height());
        return root;
    }
}
