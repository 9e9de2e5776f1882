package org.loopwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.loopwatch.cli.GlobalArguments;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.io.DemoDataSet;
import org.loopwatch.report.ExportFonts;
import org.loopwatch.store.Database;
import org.loopwatch.store.DatabaseLocation;
import org.loopwatch.store.RecentDatabases;
import org.loopwatch.store.StoreException;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.AppearanceStyler;
import org.loopwatch.ui.AppearanceViewModel;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.FxTaskExecutor;
import org.loopwatch.ui.csv.CsvActions;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.FxCsvDialogs;
import org.loopwatch.ui.FxDialogService;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellViewModel;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.dashboard.BriefingPrinter;
import org.loopwatch.ui.dashboard.ExportDialogs;
import org.loopwatch.ui.dashboard.PdfBriefingPrinter;
import org.loopwatch.ui.dashboard.FxExportDialogs;

/**
 * The desktop application: shows the main window at once, then opens the database on the
 * background thread and wires the screens to it (again after each switch, e.g. to the demo).
 * Quit and the window's close button end the whole process ({@link AppShutdown},
 * {@link ExitWatchdog}).
 *
 * <p>Not final only so that a process test can answer the export dialogs by script.
 */
public class LoopWatchApp extends Application {

    private static final Texts TEXT = Texts.of(LoopWatchApp.class);

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private volatile ActiveDatabase active;
    private Locale localeBefore;
    private Locale formatLocaleBefore;
    private Locale displayLocaleBefore;
    private final AppShutdown shutdown = new AppShutdown(tasks, () -> active);

    @Override
    public void start(Stage stage) {
        StartupProbe.phase("start");
        GlobalArguments arguments = GlobalArguments.parse(getParameters().getRaw().toArray(String[]::new));
        Path file = arguments.database().orElseGet(DatabaseLocation::defaultFile);
        Optional<TeamDatabaseUrl> team = arguments.teamDatabase();
        AppearanceViewModel appearance = appearance(arguments);
        shutdown.hookIntoJvm();
        StartupProbe.phase("appearance");
        ShellViewModel shell = new ShellViewModel();
        ScreenFactory screens = new ScreenFactory(exportDialogs(stage), briefingPrinter(), appearance);
        ShellView view = new ShellView(shell, screens::create);
        view.onQuit(this::quit);
        StartupProbe.phase("shell");
        // The close button ends the app like Quit does, also when another window (a dialog) is open.
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        // The scene's size, not the stage's: a stage sized before it is shown opened at its minimum under GTK.
        javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
        OpeningWindowSize size = OpeningWindowSize.within(usable);
        Scene scene = new Scene(view, size.width(), size.height());
        AppearanceStyler.install(scene, appearance);
        view.installShortcuts(scene);
        StartupProbe.phase("scene");
        stage.setTitle("LoopWatch");
        stage.setScene(scene);
        // On a small screen maximized: title bar, menu and navigation in view.
        stage.setMaximized(size.maximized());
        placeInside(stage, usable);
        stage.show();
        StartupProbe.phase("shown");
        StartupProbe.watchFirstFrame(scene);
        // Copying the bundled fonts out of the jar (21 MB inflated, 0.12 s of CPU and the JIT's work on
        // it) competed with the toolkit for two cores before the first frame, which needs none of them
        // in English (in Chinese, appearance() has loaded Noto Sans SC already). The exports and the
        // database's group names wait for them after the first frame (wire()).
        FirstFrame.then(scene, ExportFonts::prepareInBackground);
        // The window manager takes icons whenever they come; decoding them need not delay the first frame.
        FirstFrame.then(scene, () -> stage.getIcons().addAll(AppIcons.load()));

        // Dialogs, the File menu's commands and opening the database (SQLite's native library, the
        // integrity check, reading every row for the dashboard) wait for the first frame: on two
        // cores they would slow it down, and the window says "opening the database…" meanwhile
        // anyway (SPEC §9: first frame ≤ 1.3 × a bare window).
        FirstFrame.then(scene, () -> wire(stage, scene, view, shell, screens, file, team));
    }

    /*
     * Once shown: the minimum size (set before, GTK under a window manager such as openbox opened the
     * window at its minimum rather than at the scene's size), and the window's top left corner on the
     * screen's usable area (a window as large as the screen would otherwise start above and left of
     * it, title bar and menu out of reach).
     */
    private static void placeInside(Stage stage, javafx.geometry.Rectangle2D usable) {
        stage.setOnShown(event -> {
            double width = stage.getWidth();
            double height = stage.getHeight();
            stage.setMinWidth(OpeningWindowSize.MINIMUM_WIDTH);
            stage.setMinHeight(OpeningWindowSize.MINIMUM_HEIGHT);
            if (!stage.isMaximized()) {
                // The size hints made openbox shrink the window to its minimum: the size shown first again.
                stage.setWidth(width);
                stage.setHeight(height);
            }
            if (stage.getX() < usable.getMinX() || stage.getY() < usable.getMinY()) {
                stage.setX(Math.max(usable.getMinX(), stage.getX()));
                stage.setY(Math.max(usable.getMinY(), stage.getY()));
            }
        });
    }

    /*
     * The language first (--lang, else Settings, else the system's), before any text is built; in
     * Chinese the bundled Chinese font too, which the Chinese interface is set in. Changed
     * preferences are written on the background thread.
     */
    private AppearanceViewModel appearance(GlobalArguments arguments) {
        Path preferencesFile = UserPreferences.defaultFile();
        UserPreferences preferences = UserPreferences.read(preferencesFile);
        Texts.useLanguage(arguments.language().or(preferences::language).orElse(Locale.getDefault()));
        // JavaFX's own words (the date picker's months and weekdays, text fields' menus, a dialog's
        // OK/Cancel) follow the JVM's locale, not our bundles: make it the interface language while
        // the app runs. The menus and buttons come from JavaFX's bundles, looked up with the plain
        // default locale (Locale.getDefault()), which the categories alone do not change: set all.
        // Only when the language differs: an English interface keeps the system's own English (4 Jan or Jan 4).
        if (!Texts.language().getLanguage().equals(Locale.getDefault(Locale.Category.FORMAT).getLanguage())) {
            localeBefore = Locale.getDefault();
            formatLocaleBefore = Locale.getDefault(Locale.Category.FORMAT);
            displayLocaleBefore = Locale.getDefault(Locale.Category.DISPLAY);
            Locale.setDefault(Texts.language());
        }
        if ("zh".equals(Texts.language().getLanguage())) {
            ExportFonts.loadChineseIntoJavaFx();
        }
        return new AppearanceViewModel(preferences, Texts.language(), changed -> tasks.run(() -> {
            changed.write(preferencesFile);
            return null;
        }, written -> { }, failure -> System.getLogger(LoopWatchApp.class.getName())
                .log(System.Logger.Level.WARNING, failure.getMessage(), failure)));
    }

    private void wire(Stage stage, Scene scene, ShellView view, ShellViewModel shell, ScreenFactory screens, Path file,
                      Optional<TeamDatabaseUrl> team) {
        FxDialogService dialogs = new FxDialogService(stage);
        UncaughtFailures.showIn(dialogs);
        CsvDialogs questions = csvDialogs(stage);
        active = new ActiveDatabase(tasks, dialogs, Clock.systemDefaultZone());
        DemoMenu demoMenu = new DemoMenu(active, file, questions, dialogs);
        DatabaseMenu databaseMenu = new DatabaseMenu(active, dialogs, tasks, databaseFiles(stage), RecentDatabases.ofUser());
        screens.waysIn(() -> shell.show(Screen.ENTRY), demoMenu::openDemo);
        active.whenOpened(opened -> {
            shell.databaseOpened(opened.status());
            screens.databaseOpened(opened.services());
            view.reloadScreens();
            opened.services().changes().versionProperty().addListener(
                    (observable, before, after) -> refreshStatus(shell, opened.services()));
            TeamAccess access = opened.services().team();
            Runnable banner = () -> shell.connectionChanged(access.connectedProperty().get(), access.waitingCount());
            access.connectedProperty().addListener((observable, before, connected) -> banner.run());
            access.waitingCountProperty().addListener((observable, before, waiting) -> banner.run());
            shell.showNotice(opened.demo() ? TEXT.format("demo.notice", DemoDataSet.eventName()) : "");
            stage.setTitle(opened.demo() ? TEXT.format("title.demo", DemoDataSet.eventName()) : "LoopWatch");
            demoMenu.databaseOpened(opened.demo() || opened.team());
            if (!opened.team()) { // a team database has an address, not a file for Open recent
                databaseMenu.databaseOpened(opened.services().database().file(), opened.demo());
            }
            StartupProbe.databaseReady(tasks, opened.services());
            if (!opened.demo()) {
                takeDailyBackup(opened.services().database(), dialogs);
            }
        });
        new CsvActions(active::services, questions, scene).install(view.fileMenu());
        new ExportMenu(screens.dashboardExports(), () -> shell.show(Screen.DASHBOARD)).install(view.fileMenu());
        demoMenu.install(view.fileMenu());
        TeamMenu teamMenu = new TeamMenu(active, stage, dialogs);
        teamMenu.install(view.fileMenu());
        databaseMenu.install(view.fileMenu());
        new HelpMenu(stage, () -> active.services().map(open -> open.database().teamUrl().map(Object::toString)
                .orElseGet(() -> String.valueOf(open.database().file()))).orElse(null))
                .install(view.helpMenu());
        Launcher.useSqliteCache();
        // Before any group name is drawn: Chinese names then fall back to the bundled font (and its bold).
        ExportFonts.loadChineseIntoJavaFx();
        if (team.isPresent()) {
            teamMenu.connect(team.get(), failure -> shell.databaseFailed(team.get().toString()));
        } else {
            openDatabase(stage, shell, dialogs, file);
        }
    }

    private void openDatabase(Stage stage, ShellViewModel shell, FxDialogService dialogs, Path file) {
        active.open(file, false, failure -> {
            shell.databaseFailed(file.toString());
            if (failure instanceof StoreException problem && problem.kind() == StoreException.Problem.CORRUPT) {
                new DamagedDatabaseOffer(stage, tasks, dialogs).offer(file, problem,
                        () -> active.open(file, false, again -> OpenFailure.show(dialogs, file, again)));
            } else {
                OpenFailure.show(dialogs, file, failure);
            }
        });
    }

    /* The first start of a day backs the database up; a failed backup is reported, the app goes on. */
    private void takeDailyBackup(Database open, FxDialogService dialogs) {
        tasks.run(open::dailyBackupIfDue, written -> { },
                failure -> dialogs.showError(TEXT.get("backup.failed.title"), failure.getMessage(),
                        TEXT.get("backup.failed.todo")));
    }

    private void refreshStatus(ShellViewModel shell, AppServices services) {
        Database open = services.database();
        services.tasks().run(() -> StatusReader.read(open, services.team()), shell::update,
                failure -> shell.databaseFailed(open.location()));
    }

    /** The dashboard's export questions and clipboard; a process test overrides this to answer by script. */
    ExportDialogs exportDialogs(Window owner) {
        return new FxExportDialogs(() -> owner);
    }

    /** Prints the briefing: the system's printers and print dialog; a test overrides this to have no printer. */
    BriefingPrinter briefingPrinter() {
        return PdfBriefingPrinter.system();
    }

    /** File → New database… and Open database…'s file dialogs; a test overrides this to answer by script. */
    DatabaseFileChooser databaseFiles(Window owner) {
        return DatabaseFileChooser.system(owner);
    }

    /** The file choosers and questions of CSV and Excel import and export; a test overrides this to answer by script. */
    CsvDialogs csvDialogs(Window owner) {
        return new FxCsvDialogs(owner);
    }

    /** The screens' background work, for a test to wait until the screens show what they asked for. */
    FxTaskExecutor tasks() {
        return tasks;
    }

    /* Platform.exit closes every window, dialogs included, and then calls stop(). */
    private void quit() {
        ExitWatchdog.quitRequested();
        Platform.exit();
    }

    @Override
    public void stop() {
        shutdown.closeAndUnhook();
        if (formatLocaleBefore != null) {
            Locale.setDefault(localeBefore);
            Locale.setDefault(Locale.Category.FORMAT, formatLocaleBefore);
            Locale.setDefault(Locale.Category.DISPLAY, displayLocaleBefore);
        }
    }
}
