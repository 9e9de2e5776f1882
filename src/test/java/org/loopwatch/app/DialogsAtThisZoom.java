package org.loopwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.FxCsvDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs a person reaches from the screens and menus — export chart, close and reopen a day
 * (with its reason), delete rows, the import's questions, preview and window (also for a refused
 * file), team connection, keyboard shortcuts, About and the user guide — each opened as a person
 * opens it, checked by {@link LayoutProblems} in the window's present zoom, theme and language,
 * then answered so that nothing changes: the walk can be made again at the next zoom.
 */
final class DialogsAtThisZoom {

    private final AppUnderTest app;
    private final String where;
    private final List<String> problems = new ArrayList<>();

    private DialogsAtThisZoom(AppUnderTest app, String where) {
        this.app = app;
        this.where = where;
    }

    /** Opens each dialog in turn; what {@link LayoutProblems} found in them, each prefixed with {@code where} and the dialog. */
    static List<String> problems(AppUnderTest app, String where, Path folder) throws Exception {
        DialogsAtThisZoom walk = new DialogsAtThisZoom(app, where);
        walk.walk(folder);
        return walk.problems;
    }

    private void walk(Path folder) throws Exception {
        app.showByShortcut(Screen.DASHBOARD); // the navigation may be scrolled at 200 %
        dialog(() -> app.lookup("#exportChart").queryAs(Button.class).fire(), "export chart", Answer.CANCEL);

        app.showByShortcut(Screen.ENTRY);
        dialog(() -> app.lookup("#entryCloseDay").queryAs(Button.class).fire(), "close day", Answer.CONFIRM);
        app.awaitWindowsAtRest();
        dialog(() -> app.lookup("#entryCloseDay").queryAs(Button.class).fire(), "reopen day reason", Answer.REASON);
        app.awaitWindowsAtRest();

        app.showByShortcut(Screen.DATA);
        app.interact(() -> app.lookup("#dataTable").queryAs(TableView.class).getSelectionModel().select(0));
        dialog(() -> app.lookup("#dataDelete").queryAs(Button.class).fire(), "delete rows", Answer.CANCEL);

        // A new group and a row before the loop's start: the question to add the group, then the preview.
        ImportingApp.file = csv(folder, "results-from-the-zhangjiakou-cluster-week-3.csv",
                "2022-02-10,Volunteers of the Zhangjiakou cluster,arrival,12,0\n2021-12-30,Volunteers of the Zhangjiakou cluster,in_loop,5,0\n");
        dialog(() -> app.menuItem("menuImportCsv").fire(), "import new group question", Answer.CONFIRM);
        app.waitUntil(DialogsAtThisZoom::dialogShown);
        answer("import preview", Answer.CANCEL);
        importWindow("import window after the preview");
        // A refused file: the window lists every bad row with its reason.
        ImportingApp.file = csv(folder, "refused-results-from-the-zhangjiakou-cluster.csv",
                "2022-01-05,Athletes,arrival,10,11\n2022-02-30,Media,in_loop,5,0\n2022-01-06,Media,arrival,many,0\n");
        Platform.runLater(() -> app.menuItem("menuImportCsv").fire());
        importWindow("import window of a refused file");

        dialog(() -> app.menuItem("menuConnectTeam").fire(), "team connect", Answer.CANCEL);
        dialog(() -> app.menuItem("menuShortcuts").fire(), "keyboard shortcuts", Answer.CANCEL);
        dialog(() -> app.menuItem("menuAbout").fire(), "about", Answer.CANCEL);
        Platform.runLater(() -> app.menuItem("menuUserGuide").fire());
        app.waitUntil(() -> app.isShown("#userGuide"));
        app.awaitWindowsAtRest();
        Window guide = app.lookup("#userGuide").query().getScene().getWindow();
        check("user guide", guide.getScene());
        app.interact(guide::hide);
        app.awaitWindowsAtRest();
    }

    private static Path csv(Path folder, String name, String rows) throws Exception {
        return Files.writeString(folder.resolve(name), "date,group,stage,tests,positives\n" + rows);
    }

    private void importWindow(String what) throws Exception {
        app.waitUntil(() -> app.isShown("#importClose") && app.lookup("#importClose").query().isVisible());
        app.awaitWindowsAtRest();
        Window window = app.lookup("#importClose").query().getScene().getWindow();
        check(what, window.getScene());
        app.interact(() -> app.lookup("#importClose").queryAs(Button.class).fire());
        app.awaitWindowsAtRest();
    }

    private enum Answer { CONFIRM, CANCEL, REASON }

    /* Starts what opens a dialog without waiting for it (its showAndWait would hold the robot), checks it and answers it. */
    private void dialog(Runnable opener, String what, Answer answer) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(opener);
        app.waitUntil(() -> Window.getWindows().stream().anyMatch(window -> !before.contains(window)
                && window.isShowing() && window.getScene().getRoot() instanceof DialogPane));
        answer(what, answer);
    }

    private void answer(String what, Answer answer) throws Exception {
        app.awaitLayout(); // not the background work: it may be what waits for this answer
        Window dialog = Window.getWindows().stream().filter(window -> window.isShowing()
                && window.getScene().getRoot() instanceof DialogPane).reduce((first, last) -> last).orElseThrow();
        check(what, dialog.getScene());
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        if (answer == Answer.REASON) {
            app.interact(() -> ((TextField) pane.lookup("#dialogReason")).setText("checked again"));
        }
        ButtonBar.ButtonData wanted = answer == Answer.CANCEL ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OK_DONE;
        ButtonType button = pane.getButtonTypes().stream().filter(type -> type.getButtonData() == wanted).findFirst()
                .orElse(pane.getButtonTypes().getFirst());
        app.interact(() -> ((Button) pane.lookupButton(button)).fire());
        app.waitUntil(() -> !dialog.isShowing());
        app.awaitLayout(); // the work may go on to its next question (the import's preview)
    }

    private void check(String what, Scene scene) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> LayoutProblems.of(scene)).get()
                .forEach(problem -> problems.add(where + " " + what + ": " + problem));
        String name = "zoomsteps-" + where.replaceAll("[^A-Za-z0-9-]+", "-") + "-" + what.replace(' ', '-');
        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(scene, name)).get();
    }

    private static boolean dialogShown() {
        return Window.getWindows().stream().anyMatch(window -> window.isShowing()
                && window.getScene().getRoot() instanceof DialogPane);
    }

    /** The app with the import's file chooser answered (Monocle has no native one); everything else is real. */
    public static final class ImportingApp extends LoopWatchApp {

        static volatile Path file;

        @Override
        CsvDialogs csvDialogs(Window owner) {
            return new ImportFileAnswered(new FxCsvDialogs(owner), () -> file, false);
        }
    }
}
