package org.loopwatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.WindowsAtRest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desktop app in a TestFX test, started as a person starts it: {@code --db} on a real
 * file, and a robot to drive it. Register it on a field with {@code @RegisterExtension}: it readies
 * the FX toolkit before each test and closes the app and its windows after it.
 *
 * <p>The app shows its window first and opens the database only after the first frame; then it
 * rebuilds the screens on it. Until then the screens are placeholders, and a click aimed at a
 * screen lands on one of them. So {@link #start} returns only once opening has ended, as the
 * status bar says: it names the open database, or says that the database is not open.
 */
final class AppUnderTest extends FxRobot implements BeforeEachCallback, AfterEachCallback {

    /** Status bar labels, by style class. */
    static final String DATABASE = ".status-database";
    static final String ROWS = ".status-rows";
    static final String LAST_SAVE = ".status-last-save";

    private static final long WAIT_SECONDS = 30;

    private Application app;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
        FxToolkit.cleanupStages();
    }

    /** Starts the app on {@code database} (and more arguments, e.g. {@code --lang zh-CN}) and waits until it has opened it or given up on it. */
    void start(Path database, String... moreArguments) throws Exception {
        start(LoopWatchApp.class, database, moreArguments);
    }

    /** As {@link #start(Path, String...)}, with a subclass of the app that answers some questions by script. */
    void start(Class<? extends LoopWatchApp> appClass, Path database, String... moreArguments) throws Exception {
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", database.toString()),
                java.util.Arrays.stream(moreArguments)).toArray(String[]::new);
        app = FxToolkit.setupApplication(appClass, arguments);
        // In English or, with --lang zh-CN, in Chinese: 数据库：… / 数据库未打开：…
        waitUntil(() -> status(DATABASE).startsWith("Database: ") || status(DATABASE).startsWith("Database not open")
                || status(DATABASE).startsWith("数据库"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Starts the app with these arguments and returns at once, e.g. for a team database
     * ({@code --db postgresql://...}), which may first ask for a password.
     */
    void launch(String... arguments) throws Exception {
        launch(LoopWatchApp.class, arguments);
    }

    /** As {@link #launch(String...)}, with a subclass of the app that answers some questions by script. */
    void launch(Class<? extends LoopWatchApp> appClass, String... arguments) throws Exception {
        app = FxToolkit.setupApplication(appClass, arguments);
    }

    /**
     * Opens a team database as a person would: starts the app on it, answers the password dialog,
     * and waits until the window has settled on the database.
     */
    void openTeamDatabase(TeamDatabaseUrl url, String password) throws Exception {
        openTeamDatabase(LoopWatchApp.class, url, password);
    }

    /** As {@link #openTeamDatabase(TeamDatabaseUrl, String)}, with a scripted subclass of the app. */
    void openTeamDatabase(Class<? extends LoopWatchApp> appClass, TeamDatabaseUrl url, String password)
            throws Exception {
        launch(appClass, "--db", url.toString());
        answerPassword(password);
        waitForTeamDatabase();
    }

    /**
     * Answers the team database's password dialog as a person would (waits for it first). Typed
     * through the field's text, not the robot's keys: a dialog just opened may not be focusable yet.
     */
    void answerPassword(String password) throws Exception {
        waitUntil(() -> isShown("#dialogPassword") && lookup("#dialogPassword").query().getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#dialogPassword").queryAs(javafx.scene.control.TextField.class).setText(password));
        interact(() -> lookup("#dialogConfirm").queryAs(javafx.scene.control.Button.class).fire());
    }

    /** Waits until the status bar names a team database, and the window has settled on it. */
    void waitForTeamDatabase() throws Exception {
        waitUntil(() -> status(DATABASE).startsWith("Team database: ") || status(DATABASE).startsWith("团队数据库"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Shows {@code screen} by its shortcut, as a person's keys do: the glass robot presses and
     * releases the keys and the scene's accelerator answers them, as with {@code push}. Then waits
     * until the screen's navigation button is selected and the windows are at rest. Unlike
     * {@code push}, no fixed quiet period after each key (TestFX waits five rounds of FX events and
     * 10 ms after every press and release: 0.2 s a shortcut, about 50 s of ZoomStepsTest's walks).
     */
    void showByShortcut(Screen screen) throws Exception {
        KeyCodeCombination shortcut = (KeyCodeCombination) screen.shortcut();
        List<KeyCode> keys = new ArrayList<>();
        if (shortcut.getShift() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.SHIFT);
        }
        if (shortcut.getAlt() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.ALT);
        }
        if (shortcut.getMeta() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.META);
        }
        if (shortcut.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.SHORTCUT);
        }
        if (shortcut.getControl() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.CONTROL);
        }
        keys.add(shortcut.getCode());
        KeyCode[] pressed = keys.toArray(KeyCode[]::new);
        robotContext().getKeyboardRobot().pressNoWait(pressed);
        robotContext().getKeyboardRobot().releaseNoWait(keys.reversed().toArray(KeyCode[]::new));
        waitUntil(() -> onFxThread(() -> lookup("#" + screen.navigationId()).queryAs(ToggleButton.class).isSelected()));
        awaitWindowsAtRest();
    }

    /**
     * Waits until the screens show what they asked for: the app's background work is done and every
     * showing window (dialogs and popups too) is laid out after it ({@link WindowsAtRest}).
     */
    void awaitWindowsAtRest() {
        WindowsAtRest.await(((LoopWatchApp) app).tasks());
    }

    /** Waits until every showing window is laid out, also while background work waits on a dialog ({@link WindowsAtRest#awaitLayout}). */
    void awaitLayout() {
        WindowsAtRest.awaitLayout();
    }

    /** Closes the app as a person would, which releases the database file. */
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** What one status bar label says ({@link #DATABASE}, {@link #ROWS}, {@link #LAST_SAVE}). */
    String status(String label) {
        return text("#statusBar " + label);
    }

    /** The text of the label or button {@code query} finds; empty when there is none (yet). */
    String text(String query) {
        return onFxThread(() -> lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse(""));
    }

    boolean isShown(String query) {
        return onFxThread(() -> lookup(query).tryQuery().isPresent());
    }

    /*
     * A lookup walks the scene's children lists; from the test thread it raced the FX thread's
     * changes to them (another desk's save rebuilding the dashboard: IndexOutOfBoundsException in
     * Parent.lookupAll). So it runs where the scene changes.
     */
    private static <T> T onFxThread(Callable<T> read) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The SHA-256 of a file's bytes, to show that the app left a file it could not open untouched. */
    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Waits (up to 30 s) for a condition; the app works on its own threads meanwhile. */
    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    /** The menu bar's item with this id, in whichever menu or submenu it stands (fails the test if none). */
    MenuItem menuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> itemsOf(menu).stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item #" + id));
    }

    private static List<MenuItem> itemsOf(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(itemsOf(sub));
            }
        }
        return all;
    }
}
