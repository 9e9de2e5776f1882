package org.loopwatch.app;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.DialogService;
import org.loopwatch.ui.FxPasswordPrompt;
import org.loopwatch.ui.ShellViewModel;
import org.loopwatch.ui.TeamConnectDialog;

/**
 * File → Connect to team database… (SPEC §3.1, §4), and the connection {@code --db postgresql://...}
 * asks for at start. A failed connection leaves the window on the database it had.
 */
final class TeamMenu {

    private static final Texts TEXT = Texts.of(ShellViewModel.class);

    private final ActiveDatabase active;
    private final Window owner;
    private final DialogService dialogs;
    private Optional<TeamDatabaseUrl> last = Optional.empty();

    TeamMenu(ActiveDatabase active, Window owner, DialogService dialogs) {
        this.active = active;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    /** Adds the item to the File menu, above Quit. */
    void install(Menu fileMenu) {
        MenuItem connect = new MenuItem(TEXT.get("menu.connectTeam"));
        connect.setId("menuConnectTeam");
        connect.setOnAction(event -> TeamConnectDialog.ask(owner, last.map(TeamDatabaseUrl::toString).orElse(""))
                .ifPresent(url -> connect(url, failure -> { })));
        int beforeQuit = Math.max(0, fileMenu.getItems().size() - 1);
        fileMenu.getItems().addAll(beforeQuit, List.of(connect, new SeparatorMenuItem()));
    }

    /** Connects; a failure is shown, then also handed to {@code afterFailure}. */
    void connect(TeamDatabaseUrl url, java.util.function.Consumer<Throwable> afterFailure) {
        last = Optional.of(url);
        active.connect(url, new FxPasswordPrompt(() -> owner), failure -> {
            dialogs.showError(TEXT.get("connect.failedTitle"), failure.getMessage(), TEXT.get("connect.failedWhatToDo"));
            afterFailure.accept(failure);
        });
    }
}
