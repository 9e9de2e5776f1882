package org.loopwatch.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's frame: navigation on the left, the current screen in the middle, the status
 * bar at the bottom. Screens are created on first visit by the given factory.
 */
public final class ShellView extends BorderPane {

    private final ShellViewModel viewModel;
    private final Function<Screen, Node> screenFactory;
    private final Map<Screen, Node> createdScreens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navigationButtons = new EnumMap<>(Screen.class);
    private final ScreenHolder content = new ScreenHolder();
    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ShellView.class);

    private final Menu fileMenu = new Menu(TEXT.get("menu.file"));
    private final Menu helpMenu = new Menu(TEXT.get("menu.help"));
    private Runnable quitAction = () -> getScene().getWindow().hide();

    public ShellView(ShellViewModel viewModel, Function<Screen, Node> screenFactory) {
        this.viewModel = viewModel;
        this.screenFactory = screenFactory;
        getStyleClass().add("shell");
        // The notice and the connection banner are hidden until they have something to say: they join
        // right after the first frame, which then styles and skins two labels fewer (decision 0070).
        VBox top = new VBox(menuBar());
        Node notice = notice();
        Node banner = connectionBanner();
        setTop(top);
        Node navigation = navigation();
        setLeft(heldForTheFirstFrame(navigation));
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(statusBar());
        afterFirstFrame(() -> {
            // Moving the nodes into their scroll panes takes the keyboard focus from whatever held it
            // (the entry form's first field, a navigation button): it is given back, so a person who
            // started typing at once types on where they were.
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            top.getChildren().addAll(notice, banner);
            setLeft(scrolledWhenTooShort(navigation));
            setCenter(scrolledWhenTooSmall(content));
            // A scroll pane's content joins the scene only when its skin is made: made here, not at
            // the next pulse, so the focus can go back now.
            applyCss();
            if (focused != null && focused.getScene() == getScene()) {
                focused.requestFocus();
            }
        });
        viewModel.currentScreenProperty().addListener((observable, before, after) -> {
            if (!(showScreen(after) instanceof FocusWhenShown)) {
                // The focus follows the choice: left behind on the screen's old button, or on a control
                // that has left the window, it showed on one item while another was selected.
                Platform.runLater(navigationButtons.get(after)::requestFocus);
            }
        });
        showScreen(viewModel.currentScreenProperty().get());
    }

    /*
     * The first frame holds the navigation in a plain pane with the scroll pane's style class, so the
     * column is as wide as it will be in its scroll pane (.navigation-scroll keeps room for the scroll
     * bar); the screens sit in the window directly. Both scroll panes come right after the first
     * frame: with their four scroll bars (buttons, tracks, thumbs) they were the largest part of the
     * first frame's CSS and skins (decision 0047), and the first frame shows only the "opening the
     * database…" placeholder, which fits any window, so they would have nothing to scroll yet.
     */
    private static Node heldForTheFirstFrame(Node navigation) {
        StackPane holder = new StackPane(navigation);
        holder.getStyleClass().add("navigation-scroll");
        return holder;
    }

    /*
     * Runs once after the first frame of the scene this view is shown in, and after the work the app
     * queued for that frame (the start-up probe's line, opening the database): a second runLater,
     * because that work is queued by listeners of the same pulse, registered after this one.
     */
    private void afterFirstFrame(Runnable action) {
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene scene) {
                if (scene == null) {
                    return;
                }
                sceneProperty().removeListener(this);
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    Platform.runLater(() -> Platform.runLater(action));
                };
                scene.addPostLayoutPulseListener(listener[0]);
            }
        });
    }

    /*
     * A screen gets the whole window when it fits; at a large zoom on a small screen it scrolls
     * instead of pushing the status bar out of the window (SPEC §4: scrolling where needed).
     */
    private static Node scrolledWhenTooSmall(Node screens) {
        // Uncached: every change on a screen redrew the whole window into the viewport's image first.
        ScrollPane holder = new UncachedScrollPane(screens);
        holder.setFitToWidth(true);
        holder.setFitToHeight(true);
        holder.setFocusTraversable(false);
        holder.getStyleClass().add("shell-scroll");
        return holder;
    }

    /*
     * The navigation column at 200 % in Chinese or English is taller than a 1024×700 window: as a
     * plain column its height pushed the status bar below the window. It scrolls instead, and
     * never sideways (its width is its own).
     */
    private static Node scrolledWhenTooShort(Node navigation) {
        ScrollPane holder = new ScrollPane(navigation);
        holder.setFitToWidth(true);
        holder.setFitToHeight(true);
        holder.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        holder.setFocusTraversable(false);
        // Not "shell-scroll": that class names the screens' holder, which tests and tools look up.
        holder.getStyleClass().add("navigation-scroll");
        return holder;
    }

    /**
     * What File → Quit (Ctrl+Q) does; the app ends its process with it. Until set, Quit closes the
     * window, which is enough for a shell shown on its own (tests).
     */
    public void onQuit(Runnable action) {
        quitAction = action;
    }

    /** The File menu, so the app can add commands such as import, export and backups. */
    public Menu fileMenu() {
        return fileMenu;
    }

    /** The Help menu, so the app can add the shortcuts and About. */
    public Menu helpMenu() {
        return helpMenu;
    }

    private Node menuBar() {
        fileMenu.setId("menuFile");
        MenuItem quit = new MenuItem(TEXT.get("menu.quit"));
        quit.setId("menuQuit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> quitAction.run());
        fileMenu.getItems().add(quit);
        Menu go = new Menu(TEXT.get("menu.go"));
        for (Screen screen : Screen.values()) {
            MenuItem item = new MenuItem(screen.title());
            item.setAccelerator(screen.shortcut());
            item.setOnAction(event -> viewModel.show(screen));
            go.getItems().add(item);
        }
        helpMenu.setId("menuHelp");
        MenuBar bar = new MenuBar(fileMenu, go, helpMenu);
        bar.setId("menuBar");
        return bar;
    }

    private Node notice() {
        Label notice = new Label();
        notice.setId("shellNotice");
        notice.getStyleClass().add("shell-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeTextProperty());
        notice.visibleProperty().bind(viewModel.noticeTextProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    /* Team mode: says while the connection is lost that typed values stay and saves wait (SPEC §3.1). */
    private Node connectionBanner() {
        Label banner = new Label();
        banner.setId("connectionBanner");
        banner.getStyleClass().addAll("shell-notice", "connection-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(viewModel.connectionTextProperty());
        banner.visibleProperty().bind(viewModel.connectionTextProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Binds Ctrl+1 … Ctrl+6 in the given scene to the screens. */
    public void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            scene.getAccelerators().put(screen.shortcut(), () -> viewModel.show(screen));
        }
    }

    private Node navigation() {
        ToggleGroup toggles = new ToggleGroup();
        VBox box = new VBox();
        box.getStyleClass().add("navigation");
        Label product = new Label("LoopWatch");
        product.getStyleClass().add("navigation-title");
        box.getChildren().add(product);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId(screen.navigationId());
            button.getStyleClass().add("navigation-button");
            button.setToggleGroup(toggles);
            button.setMaxWidth(Double.MAX_VALUE);
            Tooltips.onFirstHover(button, TEXT.format("screen.tooltip", screen.title(), screen.shortcutText()));
            button.setOnAction(event -> viewModel.show(screen));
            navigationButtons.put(screen, button);
            box.getChildren().add(button);
        }
        // A toggle group lets a second click deselect; navigation always has one screen selected.
        toggles.selectedToggleProperty().addListener((observable, before, after) -> keepSelected(toggles, before, after));
        return box;
    }

    private static void keepSelected(ToggleGroup toggles, Toggle before, Toggle after) {
        if (after == null && before != null) {
            toggles.selectToggle(before);
        }
    }

    private Node statusBar() {
        Label database = new Label();
        database.getStyleClass().add("status-database");
        database.textProperty().bind(viewModel.databaseTextProperty());
        // A team database's line (address, user, role) is longer than a 1024-px window has room
        // for beside the other two: it wraps onto a second line rather than cut them to "…"; when
        // even that is short of room (200 % on 1024 px) the path gives way from its start, so its
        // file name, the last save and the row count stay whole.
        database.setWrapText(true);
        database.setMinWidth(Region.USE_COMPUTED_SIZE);
        database.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Label lastSave = new Label();
        lastSave.getStyleClass().add("status-last-save");
        lastSave.textProperty().bind(viewModel.lastSaveTextProperty());
        lastSave.setMinWidth(Region.USE_PREF_SIZE);
        Label rows = new Label();
        rows.getStyleClass().add("status-rows");
        rows.textProperty().bind(viewModel.rowCountTextProperty());
        rows.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, database, spacer, lastSave, rows);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** Drops every screen built so far and rebuilds the current one, e.g. once the database is open. */
    public void reloadScreens() {
        createdScreens.clear();
        showScreen(viewModel.currentScreenProperty().get());
    }

    private Node showScreen(Screen screen) {
        Node node = createdScreens.computeIfAbsent(screen, screenFactory);
        content.show(node);
        navigationButtons.get(screen).setSelected(true);
        if (node instanceof FocusWhenShown shown) {
            // After the navigation button's own handling of the click, which would keep the focus.
            javafx.application.Platform.runLater(shown::focusWhenShown);
        }
        return node;
    }
}
