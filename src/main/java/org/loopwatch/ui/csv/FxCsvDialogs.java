package org.loopwatch.ui.csv;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;

/** {@link CsvDialogs} with JavaFX file choosers and alerts owned by the main window. */
public final class FxCsvDialogs implements CsvDialogs {

    private final Window owner;

    public FxCsvDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToImport() {
        FileChooser chooser = csvChooser("Import CSV");
        // A workbook imports the same way (SPEC §5): offered first, beside CSV.
        chooser.getExtensionFilters().addFirst(new FileChooser.ExtensionFilter("CSV files and Excel workbooks",
                "*.csv", "*.CSV", "*.xlsx", "*.XLSX"));
        chooser.getExtensionFilters().add(2, new FileChooser.ExtensionFilter("Excel workbooks (*.xlsx)",
                "*.xlsx", "*.XLSX"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToExport(String suggestedName) {
        FileChooser chooser = csvChooser("Export CSV");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToExport(String suggestedName) {
        Texts text = Texts.of(FxCsvDialogs.class);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("xlsxExport.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("xlsxExport.filter"), "*.xlsx"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return ask(title, question, confirmLabel, false);
    }

    @Override
    public boolean confirmDestructive(String title, String question, String confirmLabel) {
        return ask(title, question, confirmLabel, true);
    }

    private boolean ask(String title, String question, String confirmLabel, boolean destructive) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(question, "confirmDialogText"));
        if (destructive) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message, "infoDialogText"));
        alert.show();
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        // A wrapping label still asks for its one-line width; fix the width so the dialog wraps
        // the text instead of growing wider than the screen.
        label.setPrefWidth(560);
        label.setMaxWidth(560);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
