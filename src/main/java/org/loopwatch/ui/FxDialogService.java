package org.loopwatch.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;

/**
 * {@link DialogService} with JavaFX dialogs owned by the main window. Buttons and fields carry ids
 * ({@code dialogConfirm}, {@code dialogCancel}, {@code dialogReason}) so tests answer them as a
 * person would.
 */
public final class FxDialogService implements DialogService {

    private static final double TEXT_WIDTH = 560;
    private static final Texts TEXT = Texts.of(FxDialogService.class);

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String whatWentWrong, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(whatWentWrong + "\n\n" + whatToDo);
        body.setId("errorDialogText");
        body.setWrapText(true);
        body.setMaxWidth(TEXT_WIDTH);
        fixWidth(body);
        alert.getDialogPane().setContent(body);
        alert.show();
    }

    @Override
    public boolean confirm(String title, String details, String confirmText, String cancelText) {
        return ask(title, details, confirmText, cancelText, false);
    }

    @Override
    public boolean confirmDestructive(String title, String details, String confirmText, String cancelText) {
        return ask(title, details, confirmText, cancelText, true);
    }

    private boolean ask(String title, String details, String confirmText, String cancelText, boolean destructive) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(details);
        body.setId("confirmDialogText");
        body.setWrapText(true);
        body.setMaxWidth(TEXT_WIDTH);
        fixWidth(body);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().lookupButton(confirm).setId("dialogConfirm");
        alert.getDialogPane().lookupButton(cancel).setId("dialogCancel");
        if (destructive) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<String> askReason(String title, String question) {
        return reasonDialog(title, question, TEXT.get("reason.save"), false);
    }

    @Override
    public Optional<String> askReasonToReplace(String title, String question, String confirmText) {
        return reasonDialog(title, question, confirmText, true);
    }

    /*
     * The reason field and the question in one dialog. For an overwrite Cancel is the default
     * button, and Enter in the field is kept from reaching it, so a reflex Enter neither overwrites
     * nor throws the typed reason away.
     */
    private Optional<String> reasonDialog(String title, String question, String confirmText, boolean destructive) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType save = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(TEXT.get("reason.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Label text = new Label(question);
        text.setId("reasonDialogText");
        text.setWrapText(true);
        text.setMaxWidth(TEXT_WIDTH);
        fixWidth(text);
        TextField reason = new TextField();
        reason.setId("dialogReason");
        reason.setPromptText(TEXT.get("reason.prompt"));
        reason.setAccessibleText(TEXT.get("reason.prompt"));
        dialog.getDialogPane().setContent(new VBox(10, text, reason));
        javafx.scene.control.Button confirm = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(save);
        javafx.scene.control.Button back = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(cancel);
        // A blank reason is no reason: the store would refuse it, so the button waits for text.
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        confirm.setId("dialogConfirm");
        back.setId("dialogCancel");
        if (destructive) {
            confirm.setDefaultButton(false);
            back.setDefaultButton(true);
            reason.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.ENTER) {
                    key.consume();
                }
            });
        }
        // The dialog focuses its default button once shown; with Cancel as the default, the reason
        // would lose the first keys typed (a space even presses Cancel). So the field takes focus after that.
        dialog.setOnShown(event -> javafx.application.Platform.runLater(reason::requestFocus));
        dialog.setResultConverter(button -> button == save ? reason.getText().strip() : null);
        return dialog.showAndWait().filter(answer -> !answer.isBlank());
    }

    /** A wrapping label still asks for its one-line width; fix it so dialogs wrap long text. */
    private static void fixWidth(Label label) {
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
