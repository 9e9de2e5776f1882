package org.loopwatch.bench;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor of LoopWatch's first frame (decision 0071): the very window LoopWatch shows first — the
 * menu bar with its three menus and their shortcuts, the navigation column with the product name and
 * six buttons, the "opening the database…" placeholder, the status bar; the same texts, ids, style
 * classes, the app's stylesheet (in its binary form, as the app reads it) and the same 1280×800
 * scene — built in plain JavaFX, with nothing else: no preferences, language bundles, log file, view
 * models or bindings, no database. {@code run-all.sh --second-round} times it with its own AOT cache
 * beside the bare window and the installed app: what the app takes above this is LoopWatch's own
 * start; what this takes above the bare window is what the first frame shows.
 *
 * <p>Prints {@code loopwatch-first-frame} after its first frame, as {@link BareJavaFxWindow} does.
 * Kept in step with {@code ShellView} and {@code PlaceholderScreen} by
 * {@code FirstFrameFloorTest}, which compares the two windows' nodes.
 */
public final class FirstFrameFloor extends Application {

    /** The app's stylesheet, read from LoopWatch's classes (the floor's jar carries a copy). */
    static final String STYLESHEET = "/org/loopwatch/ui/loopwatch.css";
    static final List<String> SCREENS = List.of("Dashboard", "Daily entry", "Data", "Compare", "Audit log", "Settings");
    private static final List<String> NAVIGATION_IDS =
            List.of("navDashboard", "navEntry", "navData", "navCompare", "navAudit", "navSettings");

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(window(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(FirstFrameFloor.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());
        stage.setTitle("LoopWatch");
        stage.setScene(scene);
        stage.show();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                System.out.println("loopwatch-first-frame");
                System.out.println("loopwatch-settled");
                System.out.flush();
                if (!"stay".equals(System.getProperty("loopwatch.probe.bare"))) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The first frame's nodes, as {@code ShellView} builds them before its scroll panes join. */
    public static BorderPane window() {
        BorderPane shell = new BorderPane();
        shell.getStyleClass().addAll("shell", "theme-light", "zoom-100");
        shell.setTop(new VBox(menuBar()));
        StackPane navigation = new StackPane(navigation());
        navigation.getStyleClass().add("navigation-scroll");
        shell.setLeft(navigation);
        StackPane content = new StackPane(placeholder());
        content.getStyleClass().add("shell-content");
        shell.setCenter(content);
        shell.setBottom(statusBar());
        return shell;
    }

    private static MenuBar menuBar() {
        Menu file = new Menu("File");
        file.setId("menuFile");
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menuQuit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().add(quit);
        Menu go = new Menu("Go");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = 0; i < SCREENS.size(); i++) {
            MenuItem item = new MenuItem(SCREENS.get(i));
            item.setAccelerator(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            go.getItems().add(item);
        }
        Menu help = new Menu("Help");
        help.setId("menuHelp");
        MenuBar bar = new MenuBar(file, go, help);
        bar.setId("menuBar");
        return bar;
    }

    private static VBox navigation() {
        VBox box = new VBox();
        box.getStyleClass().add("navigation");
        Label product = new Label("LoopWatch");
        product.getStyleClass().add("navigation-title");
        box.getChildren().add(product);
        ToggleGroup toggles = new ToggleGroup();
        for (int i = 0; i < SCREENS.size(); i++) {
            ToggleButton button = new ToggleButton(SCREENS.get(i));
            button.setId(NAVIGATION_IDS.get(i));
            button.getStyleClass().add("navigation-button");
            button.setToggleGroup(toggles);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setSelected(i == 0);
            box.getChildren().add(button);
        }
        return box;
    }

    private static VBox placeholder() {
        VBox screen = new VBox(12);
        screen.setAlignment(Pos.CENTER);
        screen.getStyleClass().add("placeholder-screen");
        Label title = new Label(SCREENS.get(0));
        title.getStyleClass().add("screen-title");
        Label coming = new Label("Opening the database…");
        coming.setId("placeholderText");
        coming.getStyleClass().add("placeholder-text");
        coming.setWrapText(true);
        screen.getChildren().addAll(title, coming);
        return screen;
    }

    private static HBox statusBar() {
        Label database = new Label("Opening database…");
        database.getStyleClass().add("status-database");
        database.setWrapText(true);
        database.setMinWidth(Region.USE_COMPUTED_SIZE);
        database.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Label lastSave = new Label();
        lastSave.getStyleClass().add("status-last-save");
        lastSave.setMinWidth(Region.USE_PREF_SIZE);
        Label rows = new Label();
        rows.getStyleClass().add("status-rows");
        rows.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, database, spacer, lastSave, rows);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /**
     * Entry point that does not extend Application, so it runs from the class path. With
     * {@code -Dloopwatch.floor.modena-ahead=true} it also hands Modena to the style manager on a
     * thread of its own while the toolkit starts, as LoopWatch does (decision 0070): the floor with
     * the one start-up technique of the app's that a plain program can take over in a line.
     */
    public static final class Main {
        public static void main(String[] args) {
            if (Boolean.getBoolean("loopwatch.floor.modena-ahead")) {
                Thread ahead = new Thread(() -> com.sun.javafx.css.StyleManager.getInstance()
                        .setUserAgentStylesheets(List.of("com/sun/javafx/scene/control/skin/modena/modena.css")), "modena-ahead");
                ahead.setDaemon(true);
                ahead.start();
            }
            Application.launch(FirstFrameFloor.class, args);
        }
    }
}
