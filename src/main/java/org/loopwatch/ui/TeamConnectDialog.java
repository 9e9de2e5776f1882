package org.loopwatch.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.TeamDatabaseUrl;

/**
 * File → Connect to team database…: asks for the address ({@code postgresql://user@host:port/db}),
 * says at once what is wrong with a malformed one, and offers Connect only for a well-formed one.
 * The password is not typed here: it comes from {@code PGPASSWORD} or the password file, else
 * {@link FxPasswordPrompt} asks when the server wants it. Ids: {@code teamAddress},
 * {@code teamAddressProblem}, {@code dialogConfirm}, {@code dialogCancel}.
 */
public final class TeamConnectDialog {

    private static final Texts TEXT = Texts.of(TeamConnectDialog.class);

    private TeamConnectDialog() {
    }

    /** Asks for an address; empty when the person cancelled. */
    public static Optional<TeamDatabaseUrl> ask(Window owner, String suggested) {
        Dialog<TeamDatabaseUrl> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(TEXT.get("connect.title"));
        dialog.setHeaderText(TEXT.get("connect.title"));
        ButtonType connect = new ButtonType(TEXT.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(TEXT.get("password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel);
        Label explanation = new Label(TEXT.get("connect.explanation"));
        explanation.setWrapText(true);
        explanation.setPrefWidth(560);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField address = new TextField(suggested);
        address.setId("teamAddress");
        address.setPromptText("postgresql://user@host:5432/loopwatch");
        address.setAccessibleText(TEXT.get("connect.address"));
        Label problem = new Label();
        problem.setId("teamAddressProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setPrefWidth(560);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(Bindings.createStringBinding(() -> problemOf(address.getText()), address.textProperty()));
        dialog.getDialogPane().setContent(new VBox(10, explanation, address, problem));
        dialog.getDialogPane().lookupButton(connect).setId("dialogConfirm");
        dialog.getDialogPane().lookupButton(cancel).setId("dialogCancel");
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setOnShown(event -> address.requestFocus());
        dialog.setResultConverter(button -> button == connect ? TeamDatabaseUrl.parse(address.getText().strip()) : null);
        return dialog.showAndWait();
    }

    /** What is wrong with a typed address; empty when it is well formed (blank says nothing yet). */
    static String problemOf(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return " ";
        }
        try {
            TeamDatabaseUrl.parse(text);
            return "";
        } catch (IllegalArgumentException malformed) {
            return malformed.getMessage();
        }
    }
}
