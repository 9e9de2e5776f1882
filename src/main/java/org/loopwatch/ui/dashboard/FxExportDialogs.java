package org.loopwatch.ui.dashboard;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.ChartFormat;
import org.loopwatch.report.ChartImageRenderer;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.ExportSize;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.ui.Choices;

/**
 * {@link ExportDialogs} with JavaFX: a dialog for chart, size and scale (ids {@code exportChartKind},
 * {@code exportPreset}, {@code exportChartFormat}, {@code exportWidth}, {@code exportHeight}, {@code exportScale},
 * {@code exportChartConfirm}), file choosers, and the system clipboard.
 */
public final class FxExportDialogs implements ExportDialogs {

    private static final Texts TEXT = Texts.of(FxExportDialogs.class);

    /** The preset choice that unlocks width and height. */
    static final String CUSTOM = TEXT.get("export.custom");

    private final Supplier<Window> owner;

    public FxExportDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ChartExportChoice> askChartExport(ChartKind suggested) {
        Dialog<ChartExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(TEXT.get("export.chartTitle"));
        dialog.setHeaderText(TEXT.get("export.chartHeader"));
        ComboBox<ChartKind> kind = Choices.of("exportChartKind", List.of(ChartKind.values()), FxExportDialogs::label);
        kind.setValue(suggested);
        List<String> presets = new java.util.ArrayList<>();
        for (ExportPreset preset : ExportPreset.values()) {
            presets.add(preset.label());
        }
        presets.add(CUSTOM);
        ComboBox<String> preset = Choices.of("exportPreset", presets, text -> text);
        preset.setValue(ExportPreset.SLIDE_16X9.label());
        TextField width = new TextField("1920");
        width.setId("exportWidth");
        TextField height = new TextField("1080");
        height.setId("exportHeight");
        for (TextField field : List.of(width, height)) {
            field.setPrefColumnCount(5);
            field.disableProperty().bind(preset.valueProperty().isNotEqualTo(CUSTOM));
        }
        preset.valueProperty().addListener((observable, before, after) -> presetSize(after).ifPresent(size -> {
            width.setText(String.valueOf(size.width()));
            height.setText(String.valueOf(size.height()));
        }));
        ComboBox<Integer> scale = Choices.of("exportScale", List.of(1, 2, 3), value -> value + "×");
        scale.setValue(1);
        ComboBox<ChartFormat> format = Choices.of("exportChartFormat", List.of(ChartFormat.values()),
                value -> TEXT.get("export.format." + value.extension()));
        format.setValue(ChartFormat.PNG);
        Label problem = new Label();
        problem.setId("exportSizeProblem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(TEXT.get("export.chart")), kind);
        form.addRow(1, new Label(TEXT.get("export.size")), preset);
        form.addRow(2, new Label(TEXT.get("export.widthHeight")), new HBox(6, width, new Label("×"), height,
                new Label(TEXT.get("export.pixels"))));
        form.addRow(3, new Label(TEXT.get("export.scale")), scale);
        form.addRow(4, new Label(TEXT.get("export.format")), format);
        form.add(problem, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);

        ButtonType export = new ButtonType(TEXT.get("export.chooseFile"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.loopwatch.ui.DialogButtons.cancel();
        dialog.getDialogPane().getButtonTypes().addAll(export, cancel);
        dialog.getDialogPane().lookupButton(export).setId("exportChartConfirm");
        dialog.getDialogPane().lookupButton(cancel).setId("exportChartCancel");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> sizeProblem(width.getText(), height.getText(), scale.getValue()),
                width.textProperty(), height.textProperty(), scale.valueProperty()));
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == export
                ? new ChartExportChoice(kind.getValue(), new ExportSize(Integer.parseInt(width.getText().strip()),
                Integer.parseInt(height.getText().strip()), scale.getValue()), format.getValue())
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseImageFile(String suggestedName) {
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter(TEXT.get("export.pngFilter"), "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter(TEXT.get("export.svgFilter"), "*.svg");
        boolean svgFirst = ChartFormat.of(Path.of(suggestedName)).orElse(ChartFormat.PNG) == ChartFormat.SVG;
        return save(TEXT.get("export.chartTitle"), suggestedName, svgFirst ? svg : png, svgFirst ? png : svg);
    }

    @Override
    public Optional<Path> choosePdfFile(String suggestedName) {
        return save(TEXT.get("export.briefingTitle"), suggestedName,
                new FileChooser.ExtensionFilter(TEXT.get("export.pdfFilter"), "*.pdf"));
    }

    @Override
    public void copyToClipboard(PreparedChart chart) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(ChartImageRenderer.render(chart.page(), ExportPreset.SLIDE_16X9.size(1)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void copyTextToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Empty when the size is valid, else what to change. */
    static String sizeProblem(String width, String height, Integer scale) {
        try {
            new ExportSize(Integer.parseInt(width.strip()), Integer.parseInt(height.strip()), scale == null ? 1 : scale);
            return "";
        } catch (NumberFormatException notANumber) {
            return TEXT.get("export.wholeNumbers");
        } catch (IllegalArgumentException outOfRange) {
            return outOfRange.getMessage();
        }
    }

    private static Optional<ExportSize> presetSize(String label) {
        for (ExportPreset preset : ExportPreset.values()) {
            if (preset.label().equals(label)) {
                return Optional.of(preset.size(1));
            }
        }
        return Optional.empty();
    }

    static String label(ChartKind kind) {
        return switch (kind) {
            case ROLLING -> TEXT.get("kind.rolling");
            case POSITIVES -> TEXT.get("kind.positives");
            case TESTS -> TEXT.get("kind.tests");
            case CUMULATIVE -> TEXT.get("kind.cumulative");
        };
    }

    private Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
