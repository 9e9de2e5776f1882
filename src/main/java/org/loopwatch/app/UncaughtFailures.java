package org.loopwatch.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.DialogService;

/**
 * What becomes of a failure no code caught, on any thread (the FX thread's event handlers
 * included): its whole stack trace goes to the log file, and a dialog says what happened, that
 * saved data is safe, and where the log is. Without it the installed app, which has no console,
 * would lose the trace and the person would see nothing, or a half-drawn screen.
 *
 * <p>Each distinct failure is shown once: a failure repeating on every frame must not bury the
 * window under dialogs (it is still logged every time).
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(UncaughtFailures.class.getName());
    private static final Texts TEXT = Texts.of(UncaughtFailures.class);
    /** At most this many dialogs in one session; later failures are logged only. */
    static final int MOST_DIALOGS = 3;

    private static volatile UncaughtFailures installed;

    private final Optional<Path> logFile;
    private final Consumer<Runnable> onFxThread;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private volatile DialogService dialogs;

    /**
     * @param logFile    the log file, empty when none could be opened
     * @param onFxThread runs a dialog on the FX thread ({@code Platform::runLater})
     */
    UncaughtFailures(Optional<Path> logFile, Consumer<Runnable> onFxThread) {
        this.logFile = logFile;
        this.onFxThread = onFxThread;
    }

    /** For the real process ({@link Launcher}): becomes every thread's last resort. */
    static void install(Optional<Path> logFile, Consumer<Runnable> onFxThread) {
        UncaughtFailures handler = new UncaughtFailures(logFile, onFxThread);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        installed = handler;
    }

    /** Once the main window is there, failures are also shown with {@code dialogs}; a no-op unless installed. */
    static void showIn(DialogService dialogs) {
        UncaughtFailures handler = installed;
        if (handler != null) {
            handler.dialogs = dialogs;
        }
    }

    /** Shows later failures with {@code dialogs}. */
    void useDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught failure on thread \"" + thread.getName() + "\"", failure);
        if (logFile.isEmpty()) {
            failure.printStackTrace(); // no log file: stderr is the only place left to keep the trace
        }
        DialogService target = dialogs;
        String what = describe(failure);
        if (target == null || shown.size() >= MOST_DIALOGS || !shown.add(what)) {
            return;
        }
        String where = logFile.map(Path::toString).orElse(TEXT.get("crash.noLog"));
        try {
            onFxThread.accept(() -> target.showError(TEXT.get("crash.title"), TEXT.format("crash.what", what),
                    TEXT.format("crash.whatToDo", where)));
        } catch (RuntimeException toolkitGone) {
            // The toolkit has ended (the app is closing): the log has it all.
        }
    }

    /** The failure as one line a person can pass on: its kind and its message. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
