package org.loopwatch.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX dialogs owned by the main window. Buttons and fields carry ids
 * ({@code dialogConfirm}, {@code dialogCancel}, {@code dialogReason}) so tests answer them as a
 * person would.
 */
public final class FxDialogService implements DialogService {

    private static final double TEXT_WIDTH = 560;

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String whatWentWrong, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
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
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType save = new ButtonType("Save with this reason", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Label text = new Label(question);
        text.setId("reasonDialogText");
        text.setWrapText(true);
        text.setMaxWidth(TEXT_WIDTH);
        fixWidth(text);
        TextField reason = new TextField();
        reason.setId("dialogReason");
        reason.setPromptText("Reason (kept in the audit log)");
        dialog.getDialogPane().setContent(new VBox(10, text, reason));
        // A blank reason is no reason: the store would refuse it, so the button waits for text.
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(
                Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        dialog.getDialogPane().lookupButton(save).setId("dialogConfirm");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("dialogCancel");
        dialog.setOnShown(event -> reason.requestFocus());
        dialog.setResultConverter(button -> button == save ? reason.getText().strip() : null);
        return dialog.showAndWait().filter(answer -> !answer.isBlank());
    }

    /** A wrapping label still asks for its one-line width; fix it so dialogs wrap long text. */
    private static void fixWidth(Label label) {
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
