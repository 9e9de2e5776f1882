package org.loopwatch.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamDatabaseUrl;

/**
 * Asks for a team database's password in a dialog when neither {@code PGPASSWORD} nor the password
 * file gave one (SPEC §3.1). The store asks from its own thread while connecting or reconnecting;
 * that thread waits for the answer, the FX thread never does. The answer goes to the store as
 * characters, which keeps it in memory for reconnecting only; LoopWatch never writes it anywhere,
 * and the field is cleared when the dialog closes. Ids for tests: {@code dialogPassword},
 * {@code dialogConfirm}, {@code dialogCancel}.
 */
public final class FxPasswordPrompt implements PasswordPrompt {

    private static final Texts TEXT = Texts.of(FxPasswordPrompt.class);

    private final Supplier<Window> owner;

    public FxPasswordPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(TeamDatabaseUrl url, boolean refused) {
        if (Platform.isFxApplicationThread()) {
            return show(url, refused);
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(url, refused));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<char[]> show(TeamDatabaseUrl url, boolean refused) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(TEXT.get("password.title"));
        dialog.setHeaderText(TEXT.get("password.title"));
        ButtonType connect = new ButtonType(TEXT.get("password.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(TEXT.get("password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel);
        Label text = new Label(TEXT.format(refused ? "password.refused" : "password.ask", url.effectiveUser(), url));
        text.setId("passwordDialogText");
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.setId("dialogPassword");
        password.setAccessibleText(TEXT.get("password.field"));
        Label kept = new Label(TEXT.get("password.notStored"));
        kept.setWrapText(true);
        kept.setPrefWidth(520);
        kept.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(10, text, password, kept));
        dialog.getDialogPane().lookupButton(connect).setId("dialogConfirm");
        dialog.getDialogPane().lookupButton(cancel).setId("dialogCancel");
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setOnShown(event -> password.requestFocus());
        dialog.setResultConverter(button -> button == connect ? password.getText().toCharArray() : null);
        Optional<char[]> answer = dialog.showAndWait();
        password.clear();
        return answer.filter(chars -> chars.length > 0).or(() -> {
            answer.ifPresent(chars -> Arrays.fill(chars, '\0'));
            return Optional.empty();
        });
    }
}
