package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.FxPasswordPrompt;
import org.loopwatch.ui.LatinWords;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.FxCsvDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: the whole desktop app in Simplified Chinese ({@code --lang zh-CN}), walked as a person
 * would — every screen with a month of data, every Settings tab, the date picker's calendar, and the
 * dialogs a person opens (export chart, import preview, closing and reopening a day with its reason,
 * a refused entry, keyboard shortcuts, About, the user guide) — reads no Latin word but the names
 * and units of {@link LatinWords#ALLOWED}. The groups, rollups and event carry Chinese names, as a
 * Beijing team names them, so no English word hides behind a name. What it found is listed with the
 * text it was in; snapshots of each step go to {@code target/snapshots/zh-*}.
 */
@Tag("gui")
class ChineseEverywhereTest {

    private static final List<String> GROUPS = List.of("运动员", "随队官员", "运行保障人员", "媒体");

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private final List<String> leaks = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    @AfterEach
    void englishAgain() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void everyScreenAndDialogReadsChineseApartFromNamesAndUnits() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        chineseMonthOfData(file);
        Path fresh = folder.resolve("新数据.csv");
        Files.writeString(fresh, "date,group,stage,tests,positives\n2022-02-10,运动员,arrival,12,0\n"
                + "2022-02-10,志愿者,in_loop,999,1\n2021-12-30,媒体,arrival,5,0\n");
        Path clashing = folder.resolve("重复数据.csv");
        Files.writeString(clashing, "date,group,stage,tests,positives\n2022-02-03,运动员,arrival,12,0\n"
                + "2022-01-05,媒体,in_loop,999,1\n");
        ImportingApp.file = fresh;
        app.start(ImportingApp.class, file, "--lang", "zh-CN");
        app.waitUntil(() -> app.status(AppUnderTest.DATABASE).contains(file.getFileName().toString()));

        for (Screen screen : Screen.values()) {
            app.clickOn("#" + screen.navigationId());
            app.awaitWindowsAtRest();
            collect("screen " + screen.name(), mainRoot());
            if (screen == Screen.SETTINGS) {
                settingsTabs();
            }
        }
        datePickerCalendar();
        refusedEntry();
        closeAndReopenDay();
        exportChartDialog();
        importPreview(clashing);
        helpWindows();
        contextMenus();
        teamDialogs();
        crashDialog();
        backupAndRestore();

        assertThat(leaks).as("Latin words on screens in Chinese (allowed: names of data, "
                + LatinWords.ALLOWED + ")").isEmpty();
        assertThat(unnamed).as("controls a screen reader cannot name (no accessible text, text, label or prompt)")
                .isEmpty();
    }

    private void settingsTabs() throws Exception {
        TabPane tabs = app.lookup("#settingsTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            app.interact(() -> tabs.getSelectionModel().select(tab));
            app.awaitWindowsAtRest();
            collect("settings tab " + tab.getId(), mainRoot());
        }
    }

    /* JavaFX writes the calendar's month and weekday names itself, from the JVM's locale. */
    private void datePickerCalendar() throws Exception {
        app.clickOn("#navData");
        app.awaitWindowsAtRest();
        DatePicker picker = app.lookup("#dataFrom").queryAs(DatePicker.class);
        app.interact(() -> {
            picker.setValue(LocalDate.of(2022, 1, 10));
            picker.show();
        });
        app.awaitWindowsAtRest();
        for (Window window : otherWindows()) {
            collect("date picker calendar", window.getScene().getRoot());
        }
        app.interact(picker::hide);
        app.interact(() -> picker.setValue(null));
    }

    /* The domain's validation messages show under the entry form. */
    private void refusedEntry() throws Exception {
        app.clickOn("#navEntry");
        app.awaitWindowsAtRest();
        app.interact(() -> {
            app.lookup("#entryTests").queryAs(TextField.class).setText("12");
            app.lookup("#entryPositives").queryAs(TextField.class).setText("40");
        });
        app.awaitWindowsAtRest();
        collect("entry with more positives than tests", mainRoot());
        app.interact(() -> {
            app.lookup("#entryTests").queryAs(TextField.class).setText("十二");
            app.lookup("#entryPositives").queryAs(TextField.class).setText("");
        });
        app.awaitWindowsAtRest();
        collect("entry with words for tests", mainRoot());
        app.interact(() -> app.lookup("#entryTests").queryAs(TextField.class).setText(""));
    }

    private void closeAndReopenDay() throws Exception {
        app.clickOn("#navEntry");
        app.awaitWindowsAtRest();
        openDialog(() -> app.lookup("#entryCloseDay").queryAs(Button.class).fire(), "close day question", true);
        app.waitUntil(() -> app.text("#entryCloseDay").startsWith("重新开放"));
        collect("entry with the day closed", mainRoot());
        openDialog(() -> app.lookup("#entryCloseDay").queryAs(Button.class).fire(), "reopen reason", false);
    }

    private void exportChartDialog() throws Exception {
        app.clickOn("#navDashboard");
        app.awaitWindowsAtRest();
        openDialog(() -> app.lookup("#exportChart").queryAs(Button.class).fire(), "export chart dialog", false);
    }

    private void importPreview(Path clashing) throws Exception {
        // New rows, a new group and a row before the loop start: the question to create the group, then the preview.
        openDialog(() -> app.menuItem("menuImportCsv").fire(), "import new groups question", true);
        app.waitUntil(() -> Window.getWindows().stream().anyMatch(window -> window.isShowing()
                && window.getScene().getRoot() instanceof DialogPane));
        answerOpenDialog("import preview", false);
        app.waitUntil(() -> app.isShown("#importClose") && app.lookup("#importClose").query().isVisible());
        for (Window window : otherWindows()) {
            collect("import window after the preview", window.getScene().getRoot());
        }
        app.interact(() -> app.lookup("#importClose").queryAs(Button.class).fire());
        app.awaitWindowsAtRest();
        // Rows stored already: the question to replace them; cancelled, the rows are listed as problems.
        ImportingApp.file = clashing;
        openDialog(() -> app.menuItem("menuImportCsv").fire(), "import replace question", false);
        app.waitUntil(() -> app.isShown("#importClose") && app.lookup("#importClose").query().isVisible());
        app.awaitWindowsAtRest();
        for (Window window : otherWindows()) {
            collect("import window", window.getScene().getRoot());
        }
        app.interact(() -> app.lookup("#importClose").queryAs(Button.class).fire());
        app.awaitWindowsAtRest();
    }

    private void helpWindows() throws Exception {
        openDialog(() -> app.menuItem("menuShortcuts").fire(), "keyboard shortcuts", false);
        openDialog(() -> app.menuItem("menuAbout").fire(), "about", false);
        Platform.runLater(() -> app.menuItem("menuUserGuide").fire());
        app.waitUntil(() -> app.isShown("#userGuide"));
        app.awaitWindowsAtRest();
        for (Window window : otherWindows()) {
            collect("user guide", window.getScene().getRoot());
            app.interact(window::hide);
        }
    }

    /*
     * Right-click menus: ours (a dashboard chart's copy/export, the audit table's copy) and JavaFX's
     * own on text fields (the entry form, a data-table cell being edited), whose words come from
     * JavaFX's bundles in the JVM's locale — English until the app set the plain default locale too.
     */
    private void contextMenus() throws Exception {
        app.clickOn("#navEntry");
        app.awaitWindowsAtRest();
        contextMenu("entry field menu", app.lookup("#entryTests").query());

        app.clickOn("#navData");
        app.awaitWindowsAtRest();
        javafx.scene.control.TableView<?> table = app.lookup("#dataTable").queryAs(javafx.scene.control.TableView.class);
        app.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableColumn<Object, ?> note = (javafx.scene.control.TableColumn<Object, ?>) table
                    .getColumns().stream().filter(column -> "dataColumnNote".equals(column.getId())).findFirst().orElseThrow();
            table.getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<Object> rows = (javafx.scene.control.TableView<Object>) table;
            rows.edit(0, note);
        });
        app.awaitWindowsAtRest();
        contextMenu("data table cell menu", app.lookup("#dataTable .text-field").query());
        app.interact(() -> table.edit(-1, null));

        app.clickOn("#navDashboard");
        app.awaitWindowsAtRest();
        contextMenu("dashboard chart menu", app.lookup(".lw-chart").query());

        app.clickOn("#navAudit");
        app.awaitWindowsAtRest();
        contextMenu("audit table menu", app.lookup("#auditTable").query());
    }

    private void contextMenu(String what, Node target) throws Exception {
        app.interact(() -> {
            Bounds bounds = target.localToScene(target.getLayoutBounds());
            Bounds screen = target.localToScreen(target.getLayoutBounds());
            target.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    bounds.getWidth() / 2, bounds.getHeight() / 2, screen.getCenterX(), screen.getCenterY(), false,
                    new javafx.scene.input.PickResult(target, bounds.getCenterX(), bounds.getCenterY())));
        });
        app.waitUntil(() -> shownContextMenu().isPresent());
        ContextMenu menu = shownContextMenu().orElseThrow();
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> menu.getItems().stream().map(MenuItem::getText)
                .filter(text -> text != null && !text.isBlank()).toList()).get();
        assertThat(texts).as(what + ": its items").isNotEmpty();
        LatinWords.in(texts, names).forEach(word -> leaks.add(what + ": " + word));
        app.interact(menu::hide);
        app.awaitWindowsAtRest();
    }

    private static Optional<ContextMenu> shownContextMenu() {
        return Window.getWindows().stream().filter(window -> window instanceof ContextMenu && window.isShowing())
                .map(window -> (ContextMenu) window).findFirst();
    }

    /* File → Connect to a team database, and the password question of a team connection. */
    private void teamDialogs() throws Exception {
        openDialog(() -> app.menuItem("menuConnectTeam").fire(), "team connect", false);
        Window main = mainRoot().getScene().getWindow();
        TeamDatabaseUrl url = TeamDatabaseUrl.parse("postgresql://loopwatch_entry@db.example.org:5432/loopwatch");
        names.add("loopwatch_entry@db.example.org:5432/loopwatch");
        openDialog(() -> new FxPasswordPrompt(() -> main).ask(url, false), "team password", false);
        openDialog(() -> new FxPasswordPrompt(() -> main).ask(url, true), "team password refused", false);
    }

    /* The dialog of a failure no code caught; the failure's kind is passed on as it is (a name). */
    private void crashDialog() throws Exception {
        UncaughtFailures failures = new UncaughtFailures(Optional.of(folder.resolve("loopwatch.log")), Platform::runLater);
        failures.useDialogs(new FxDialogService(mainRoot().getScene().getWindow()));
        names.add("IllegalStateException");
        openDialog(() -> failures.uncaughtException(Thread.currentThread(), new IllegalStateException("图表未能绘制")),
                "uncaught failure", false);
    }

    /* Settings → database: back up now, then the restore question (inline), answered No. */
    private void backupAndRestore() throws Exception {
        app.clickOn("#navSettings");
        app.awaitWindowsAtRest();
        TabPane tabs = app.lookup("#settingsTabs").queryAs(TabPane.class);
        Tab database = tabs.getTabs().stream().filter(tab -> tab.getContent() != null
                && tab.getContent().lookup("#backupNow") != null).findFirst().orElseThrow();
        app.interact(() -> tabs.getSelectionModel().select(database));
        app.awaitWindowsAtRest();
        app.interact(() -> app.lookup("#backupNow").queryAs(Button.class).fire());
        app.waitUntil(() -> !app.lookup("#backupList").queryAs(javafx.scene.control.TableView.class).getItems().isEmpty()
                && !app.lookup("#backupNow").queryAs(Button.class).isDisabled());
        app.awaitWindowsAtRest();
        collect("backups after back up now", mainRoot());
        app.interact(() -> app.lookup("#backupList").queryAs(javafx.scene.control.TableView.class).getSelectionModel()
                .select(0));
        app.interact(() -> app.lookup("#backupRestore").queryAs(Button.class).fire());
        app.waitUntil(() -> app.lookup("#backupRestoreConfirmBar").query().isVisible());
        app.awaitWindowsAtRest();
        collect("restore question", mainRoot());
        app.interact(() -> app.lookup("#backupRestoreCancel").queryAs(Button.class).fire());
        app.awaitWindowsAtRest();
    }

    /*
     * Starts what opens a dialog without waiting for it (a dialog's showAndWait would hold the
     * robot), collects the dialog's words, then answers with its confirming or its cancelling button.
     */
    private void openDialog(Runnable opener, String what, boolean confirm) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(opener);
        app.waitUntil(() -> Window.getWindows().stream().anyMatch(window -> !before.contains(window)
                && window.isShowing() && window.getScene().getRoot() instanceof DialogPane));
        answerOpenDialog(what, confirm);
    }

    /* Collects the words of the dialog on top and answers it. */
    private void answerOpenDialog(String what, boolean confirm) throws Exception {
        app.awaitLayout(); // not the background work: it may be what waits for this answer
        Window dialog = Window.getWindows().stream().filter(window -> window.isShowing()
                && window.getScene().getRoot() instanceof DialogPane).reduce((first, last) -> last).orElseThrow();
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        collect(what, pane);
        ScreenSnapshot.write(pane, "zh-" + what.replace(' ', '-'));
        ButtonBar.ButtonData wanted = confirm ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.CANCEL_CLOSE;
        ButtonType answer = pane.getButtonTypes().stream().filter(type -> type.getButtonData() == wanted).findFirst()
                .orElse(pane.getButtonTypes().getFirst());
        app.interact(() -> ((Button) pane.lookupButton(answer)).fire());
        app.waitUntil(() -> !dialog.isShowing());
        app.awaitLayout(); // the work may go on to its next question (the import's preview)
    }

    private void collect(String where, Parent root) throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> LatinWords.in(root, names)).get();
        found.forEach(word -> leaks.add(where + ": " + word));
        if (!where.startsWith("date picker")) { // the calendar's arrows are JavaFX's own, unnamed by it
            WaitForAsyncUtils.asyncFx(() -> org.loopwatch.ui.AccessibleNames.missingIn(root)).get()
                    .forEach(control -> unnamed.add(where + ": " + control));
        }
        if (root.getScene() != null && root == root.getScene().getRoot()) {
            WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.write(root.getScene(), "zh-" + where.replace(' ', '-'))).get();
        }
    }

    private Parent mainRoot() {
        return app.lookup("#statusBar").query().getScene().getRoot();
    }

    private List<Window> otherWindows() {
        Window main = mainRoot().getScene().getWindow();
        return Window.getWindows().stream().filter(window -> window != main && window.isShowing()
                && window.getScene() != null).toList();
    }


    /** Chinese names for the groups, rollups and event, a month of both stages, one key date. */
    private void chineseMonthOfData(Path file) {
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            List<Group> groups = database.groups().findAll();
            for (int i = 0; i < groups.size(); i++) {
                database.groups().rename(groups.get(i).id(), GROUPS.get(i));
            }
            for (Rollup rollup : database.rollups().findAll()) {
                database.rollups().rename(rollup.id(), rollup.allGroups() ? "全部人群" : "运动员和随队官员");
            }
            database.event().save(new Event("北京 2022 冬奥会闭环", LocalDate.of(2022, 1, 4), Optional.empty()));
            database.event().addKeyDate(LocalDate.of(2022, 2, 4), "冬奥会开幕");
            LocalDate first = LocalDate.of(2022, 1, 4);
            for (Group group : database.groups().findAll()) {
                for (int day = 0; day < 31; day++) {
                    for (org.loopwatch.domain.Stage stage : org.loopwatch.domain.Stage.values()) {
                        long tests = stage == org.loopwatch.domain.Stage.ARRIVAL ? 120 + day : 11_000 + 37L * day;
                        database.results().insert(new DailyResult(first.plusDays(day), group.id(), stage, tests,
                                (day * 7 + group.id()) % 3, ""));
                    }
                }
            }
            database.groups().findAll().forEach(group -> names.add(group.name()));
            // Who changed what, on which desk: the audit log shows the OS user and the host as they are.
            database.audit().find(org.loopwatch.store.AuditFilter.all()).forEach(entry -> {
                names.add(entry.osUser());
                names.add(entry.desk());
            });
            database.rollups().findAll().forEach(rollup -> names.add(rollup.name()));
        }
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
