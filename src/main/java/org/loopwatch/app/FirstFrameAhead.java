package org.loopwatch.app;

import com.sun.javafx.css.StyleManager;
import java.util.List;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.ShellViewModel;

/**
 * Work of the first frame that needs no toolkit, done on a thread of its own while the toolkit
 * starts: on two cores the JavaFX launcher and renderer threads start the toolkit one after the
 * other, the JavaFX application thread has nothing to do until {@code start}, and a core is idle
 * (decision 0070).
 *
 * <ul>
 *   <li><b>Modena</b>, JavaFX's default stylesheet. The first control's class hands JavaFX's default
 *       stylesheets to the style manager, which reads {@code modena.bss} and sorts its ≈ 540 rules
 *       into selector partitions. Given the same list again (same names in the same order) the style
 *       manager returns at once; given another list (a screen without window transparency adds
 *       {@code modena-no-transparency.css}: no compositing window manager, Xvfb) it reads the list
 *       anew, then with the reading code already loaded and compiled. Either way the FX thread does
 *       less; while the reading here is under way, the FX thread waits for it (the style manager's
 *       lock) rather than read a second copy.</li>
 *   <li><b>The first frame's texts</b>: the resource bundles of the shell, its view model, the
 *       screens' names and the placeholder, in the language chosen so far (a bundle is kept per
 *       language: with another {@code --lang} these are only not used).</li>
 * </ul>
 *
 * <p>Nothing here may initialise a control's class or ask for the toolkit ({@code Control}'s static
 * initialiser and key combinations do): off the FX thread before the toolkit has started, that
 * fails and leaves the class unusable. The style manager is JavaFX's internal class, reachable
 * because the app runs on the class path; a JavaFX that moved it costs only the time saved (logged).
 */
final class FirstFrameAhead {

    /** The name JavaFX gives Modena when it sets it as the default stylesheet ({@code PlatformImpl}). */
    static final String MODENA = "com/sun/javafx/scene/control/skin/modena/modena.css";

    /** {@code -Dloopwatch.first-frame-ahead=off} leaves all of it to the FX thread (to measure the difference). */
    static final String PROPERTY = "loopwatch.first-frame-ahead";

    private static final System.Logger LOG = System.getLogger(FirstFrameAhead.class.getName());

    private FirstFrameAhead() {
    }

    /** Starts the work on a daemon thread and returns at once; call before {@code Application.launch}. */
    static void startInTheBackground() {
        if ("off".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread ahead = new Thread(() -> {
            readModena();
            readTexts();
        }, "first-frame-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }

    /** Hands Modena to JavaFX's style manager as its default stylesheet; false when that failed. */
    static boolean readModena() {
        try {
            StyleManager.getInstance().setUserAgentStylesheets(List.of(MODENA));
            return true;
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(System.Logger.Level.DEBUG, "Modena not read ahead: the first control reads it", failed);
            return false;
        }
    }

    /* Loads the bundles of the first frame's words in the current language (ResourceBundle keeps them). */
    static void readTexts() {
        try {
            Texts.of(ShellView.class).get("menu.file");
            Texts.of(ShellViewModel.class).get("status.opening");
            Texts.of(ScreenFactory.class).get("placeholder.opening");
            for (Screen screen : Screen.values()) {
                screen.title();
            }
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.DEBUG, "The first frame's texts not read ahead", failed);
        }
    }
}
