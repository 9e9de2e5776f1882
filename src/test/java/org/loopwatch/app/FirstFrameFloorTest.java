package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.bench.FirstFrameFloor;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.AppearanceStyler;
import org.loopwatch.ui.AppearanceViewModel;
import org.loopwatch.ui.PlaceholderScreen;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.ShellViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame's floor in the benchmark (decision 0071) is only a floor if it shows what LoopWatch's
 * first frame shows: the same controls in the same order, with the same texts, ids, style classes and
 * menu shortcuts. A change to the shell's first frame that the floor does not follow fails here.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class FirstFrameFloorTest {

    private Locale before;

    @BeforeEach
    void inEnglish() {
        before = Texts.language();
        Texts.useLanguage(Locale.ENGLISH); // the floor's texts are the English ones
    }

    @AfterEach
    void languageBack() {
        Texts.useLanguage(before);
    }

    @Test
    void theFloorShowsTheControlsOfTheAppsFirstFrame() throws Exception {
        List<String> app = WaitForAsyncUtils.asyncFx(() -> {
            ShellView shell = new ShellView(new ShellViewModel(),
                    screen -> new PlaceholderScreen(screen, Texts.of(ScreenFactory.class).get("placeholder.opening")));
            // The theme and zoom of a first start, on the root as the app puts them.
            AppearanceStyler.install(new Scene(shell), new AppearanceViewModel(UserPreferences.defaults(), Locale.ENGLISH, saved -> { }));
            return controls(shell);
        }).get();
        List<String> floor = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.BorderPane window = FirstFrameFloor.window();
            new Scene(window); // a scene's root carries the class "root", as the app's does
            return controls(window);
        }).get();

        assertThat(app).hasSizeGreaterThan(15).contains("MenuBar#menuBar", "ToggleButton#navEntry[navigation-button]: Daily entry");
        assertThat(floor).containsExactlyElementsOf(app);
    }

    /* Every control and menu entry of the tree, depth first: kind, id, own style classes, text, shortcut. */
    private static List<String> controls(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (node instanceof Labeled labeled) {
            found.add(describe(node) + ": " + labeled.getText());
        } else if (node instanceof MenuBar bar) {
            found.add(describe(node));
            for (Menu menu : bar.getMenus()) {
                found.add("Menu#" + menu.getId() + ": " + menu.getText());
                for (MenuItem item : menu.getItems()) {
                    found.add("  MenuItem#" + item.getId() + ": " + item.getText() + " " + item.getAccelerator());
                }
            }
        } else if (!node.getStyleClass().isEmpty() || node.getId() != null) {
            found.add("Pane#" + node.getId() + node.getStyleClass());
        }
        if (node instanceof Parent parent && !(node instanceof MenuBar) && !(node instanceof Labeled)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static String describe(Node node) {
        List<String> own = node.getStyleClass().stream()
                .filter(styleClass -> !styleClass.equals(defaultStyleClass(node)))
                .toList();
        return node.getClass().getSimpleName() + "#" + node.getId() + (own.isEmpty() ? "" : own.toString());
    }

    /* The style class JavaFX gives every control of a kind (label, toggle-button, menu-bar). */
    private static String defaultStyleClass(Node node) {
        return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
