package org.loopwatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.ui.dashboard.ChartExportChoice;
import org.loopwatch.ui.dashboard.ExportDialogs;
import org.loopwatch.ui.dashboard.FxExportDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app in its own JVM, started through {@link Launcher#runDesktop} as the installed
 * app is, and driven by lines on stdin like a person would drive it (see {@link DesktopProcess}):
 * <ul>
 *   <li>{@code password SECRET}: before {@code opened}, answers a team database's password dialog;</li>
 *   <li>{@code window}: prints {@code window X Y WIDTH HEIGHT screen WIDTH HEIGHT status-bar RIGHT BOTTOM};</li>
 *   <li>{@code export-chart FILE}: clicks Export chart on the dashboard, confirms the real export
 *       dialog, and answers the file chooser with FILE (the only scripted answer: Monocle has no
 *       native file chooser); prints {@code exported <status>} when the dashboard says how it went;</li>
 *   <li>{@code open-export-dialog}: clicks Export chart and leaves its dialog open;</li>
 *   <li>{@code quit}: File → Quit (what Ctrl+Q does);</li>
 *   <li>{@code close-window}: the main window's close button;</li>
 *   <li>{@code fail-on-thread}: a failure no code catches, thrown on a worker thread; prints
 *       {@code error-dialog <its text>} once the dialog about it shows.</li>
 * </ul>
 * It prints {@code opened} once the database is open and the dashboard can export.
 */
public class ScriptedDesktopApp extends LoopWatchApp {

    private static final long WAIT_SECONDS = 60;

    private volatile Path chosenFile;
    private Stage stage;

    /** The child's main class; not the Application itself, whose main the java launcher would refuse on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Launcher.runDesktop(ScriptedDesktopApp.class, args);
        }
    }

    @Override
    ExportDialogs exportDialogs(Window owner) {
        FxExportDialogs real = new FxExportDialogs(() -> owner);
        return new ExportDialogs() {
            @Override
            public Optional<ChartExportChoice> askChartExport(ChartKind suggested) {
                return real.askChartExport(suggested);
            }

            @Override
            public Optional<Path> chooseImageFile(String suggestedName) {
                return Optional.ofNullable(chosenFile);
            }

            @Override
            public Optional<Path> choosePdfFile(String suggestedName) {
                return Optional.ofNullable(chosenFile);
            }

            @Override
            public void copyTextToClipboard(String text) {
                real.copyTextToClipboard(text);
            }

            @Override
            public void copyToClipboard(PreparedChart chart) {
                real.copyToClipboard(chart);
            }
        };
    }

    /* The app's own last resort, set by Launcher before the toolkit started. */
    private final Thread.UncaughtExceptionHandler appHandler = Thread.getDefaultUncaughtExceptionHandler();

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        super.start(primary);
        Thread driver = new Thread(this::drive, "scripted-person");
        driver.setDaemon(true);
        driver.start();
    }

    private void drive() {
        try {
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            answerPasswordDialogs(commands);
            // TestFX's wait utilities, which only this script uses, replace the default handler; put the app's back.
            Thread.setDefaultUncaughtExceptionHandler(appHandler);
            say("opened");
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                run(line.strip());
            }
        } catch (Exception failed) {
            say("failed " + failed);
        }
    }

    /*
     * Until the dashboard can export: a team database's password dialog, whenever it shows, is
     * answered with the next line ("password SECRET"), typed into the dialog's field as a person
     * would; the secret goes through the pipe, never through a file or the command line.
     */
    private void answerPasswordDialogs(BufferedReader commands) throws Exception {
        while (true) {
            waitOnFx(() -> canExport() || passwordField().isPresent());
            if (onFx(this::canExport)) {
                return;
            }
            String line = commands.readLine();
            if (line == null || !line.startsWith("password ")) {
                throw new IllegalStateException("the password dialog is open; expected a password line, got " + line);
            }
            javafx.scene.control.TextField field = onFx(() -> passwordField().orElseThrow());
            Window dialog = onFx(() -> field.getScene().getWindow());
            Button connect = onFx(() -> (Button) field.getScene().lookup("#dialogConfirm"));
            Platform.runLater(() -> {
                field.setText(line.substring("password ".length()));
                connect.fire();
            });
            waitOnFx(() -> !dialog.isShowing());
        }
    }

    private boolean canExport() {
        return exportButton().map(button -> !button.isDisabled()).orElse(false);
    }

    private static Optional<javafx.scene.control.TextField> passwordField() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null && window.isShowing())
                .map(window -> window.getScene().lookup("#dialogPassword"))
                .filter(javafx.scene.control.TextField.class::isInstance).map(javafx.scene.control.TextField.class::cast)
                .findFirst();
    }

    private void run(String command) throws Exception {
        if (command.startsWith("export-chart ")) {
            chosenFile = Path.of(command.substring("export-chart ".length()));
            String before = onFx(() -> exportStatus().getText());
            clickExportChart();
            waitOnFx(() -> confirmButton().isPresent());
            Platform.runLater(() -> confirmButton().orElseThrow().fire());
            waitOnFx(() -> !exportStatus().getText().equals(before) && !exportStatus().getText().endsWith("…"));
            say("exported " + onFx(() -> exportStatus().getText()));
        } else if (command.equals("open-export-dialog")) {
            clickExportChart();
            waitOnFx(() -> confirmButton().isPresent());
            say("dialog-open");
        } else if (command.equals("fail-on-thread")) {
            // On a plain thread: Monocle's own event loop prints what its runnables throw and keeps it
            // from the handler (GTK's passes it on), so a headless test cannot prove the FX thread's path.
            new Thread(() -> {
                throw new IllegalStateException("a scripted fault");
            }, "scripted-worker").start();
            waitOnFx(() -> errorDialogText().isPresent());
            say("error-dialog " + onFx(() -> errorDialogText().orElseThrow().getText()).replace('\n', ' '));
        } else if (command.equals("window")) {
            // The main window and its status bar on the screen, for checking that both fit it.
            say(onFx(() -> {
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                javafx.scene.Node bar = stage.getScene().lookup("#statusBar");
                javafx.geometry.Bounds barOnScreen = bar.localToScreen(bar.getBoundsInLocal());
                return "window " + stage.getX() + " " + stage.getY() + " " + stage.getWidth() + " " + stage.getHeight()
                        + " screen " + screen.getWidth() + " " + screen.getHeight()
                        + " status-bar " + barOnScreen.getMaxX() + " " + barOnScreen.getMaxY();
            }));
        } else if (command.equals("quit")) {
            Platform.runLater(() -> quitItem().fire());
        } else if (command.equals("close-window")) {
            Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        } else {
            say("failed unknown command " + command);
        }
    }

    /* The button's action shows a dialog and waits in it, so the click is posted, not awaited. */
    private void clickExportChart() {
        Platform.runLater(() -> exportButton().orElseThrow().fire());
    }

    private Optional<Button> exportButton() {
        return Optional.ofNullable((Button) stage.getScene().lookup("#exportChart"));
    }

    private Label exportStatus() {
        return (Label) stage.getScene().lookup("#exportStatus");
    }

    private static Optional<Button> confirmButton() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null)
                .map(window -> window.getScene().lookup("#exportChartConfirm"))
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    private static Optional<Label> errorDialogText() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null)
                .map(window -> window.getScene().lookup("#errorDialogText"))
                .filter(Label.class::isInstance).map(Label.class::cast).findFirst();
    }

    private MenuItem quitItem() {
        Scene scene = stage.getScene();
        MenuBar bar = (MenuBar) scene.lookup("#menuBar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menuQuit".equals(item.getId())).findFirst().orElseThrow();
    }

    private static void waitOnFx(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::get));
    }

    private static <T> T onFx(Supplier<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(read.get());
            } catch (RuntimeException failed) {
                value.completeExceptionally(failed);
            }
        });
        return value.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
