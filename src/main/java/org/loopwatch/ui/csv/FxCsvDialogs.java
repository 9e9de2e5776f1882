package org.loopwatch.ui.csv;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;

/**
 * {@link CsvDialogs} with JavaFX file choosers and alerts owned by the main window (by the import
 * window while it shows). Each chooser
 * opens in the folder the person last chose a file in (at first their home folder), not in the
 * process's working folder, which for an installed app is the program's own or the file system root.
 */
public final class FxCsvDialogs implements CsvDialogs {

    private static final Texts TEXT = Texts.of(FxCsvDialogs.class);

    private final Window owner;
    private Path lastFolder = Path.of(System.getProperty("user.home", "."));

    public FxCsvDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToImport() {
        FileChooser chooser = csvChooser(TEXT.get("chooser.importTitle"));
        // A workbook imports the same way (SPEC §5): offered first, beside CSV.
        chooser.getExtensionFilters().addFirst(new FileChooser.ExtensionFilter(TEXT.get("chooser.csvAndXlsx"),
                "*.csv", "*.CSV", "*.xlsx", "*.XLSX"));
        chooser.getExtensionFilters().add(2, new FileChooser.ExtensionFilter(TEXT.get("xlsxExport.filter"),
                "*.xlsx", "*.XLSX"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToExport(String suggestedName) {
        FileChooser chooser = csvChooser(TEXT.get("chooser.exportTitle"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseWorkbookToExport(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXT.get("xlsxExport.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXT.get("xlsxExport.filter"), "*.xlsx"));
        chooser.setInitialFileName(suggestedName);
        startIn(chooser);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return ask(title, question, confirmLabel, false);
    }

    @Override
    public boolean confirmDestructive(String title, String question, String confirmLabel) {
        return ask(title, question, confirmLabel, true);
    }

    /*
     * The window a question or notice belongs to: the import window while it shows, else the main window.
     * The import window blocks the main one; a question owned by the main window handed the keyboard
     * back to it when it closed, where no key reached anything (Escape, Ctrl+Q) until the person
     * clicked the import window (the walk of 7 December, at 1024×700).
     */
    private Window questionOwner() {
        return Window.getWindows().stream()
                .filter(window -> window.isShowing() && window instanceof javafx.stage.Stage stage && stage.getOwner() == owner
                        && stage.getModality() != javafx.stage.Modality.NONE)
                .findFirst().orElse(owner);
    }

    private boolean ask(String title, String question, String confirmLabel, boolean destructive) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.loopwatch.ui.DialogButtons.cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, cancel);
        alert.initOwner(questionOwner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(question, "confirmDialogText"));
        // The import preview asks through here: in the main window's theme and zoom.
        org.loopwatch.ui.AppearanceStyler.styleLike(alert.getDialogPane(), owner == null ? null : owner.getScene());
        if (destructive) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", org.loopwatch.ui.DialogButtons.ok());
        alert.initOwner(questionOwner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message, "infoDialogText"));
        org.loopwatch.ui.AppearanceStyler.styleLike(alert.getDialogPane(), owner == null ? null : owner.getScene());
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

    private FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(TEXT.get("chooser.csv"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(TEXT.get("chooser.all"), "*.*"));
        startIn(chooser);
        return chooser;
    }

    private void startIn(FileChooser chooser) {
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
    }

    private Optional<Path> remember(File chosen) {
        Optional<Path> file = Optional.ofNullable(chosen).map(File::toPath);
        file.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return file;
    }
}
