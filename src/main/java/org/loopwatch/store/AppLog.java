package org.loopwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * LoopWatch's log file: where it lives on each platform, and routing {@link System.Logger} (backed
 * by {@code java.util.logging}, decision 0018) into it. Every class logs through
 * {@code System.getLogger(X.class.getName())}; only the real process installs the file
 * ({@link #install()}), so tests and the quick command-line path never write one.
 *
 * <p>The file is {@value #FILE_NAME} in {@link #folder()}; it is rotated at
 * {@link RotatingLogFile#FILE_LIMIT} bytes and at most {@link RotatingLogFile#FILES} files are kept,
 * so the log never grows past about 5 MB. Help → About shows {@link #file()}.
 */
public final class AppLog {

    /** {@code -Dloopwatch.log.dir=FOLDER} puts the log elsewhere (tests, a portable install). */
    public static final String FOLDER_PROPERTY = "loopwatch.log.dir";

    /** The current log file's name; older ones are {@code loopwatch.1.log} … {@code loopwatch.4.log}. */
    public static final String FILE_NAME = "loopwatch.log";

    private static RotatingLogFile installed;

    private AppLog() {
    }

    /** The log file of the running user (what Help → About shows); it may not exist yet. */
    public static Path file() {
        return folder().resolve(FILE_NAME);
    }

    /** The log folder of the running user: {@code -Dloopwatch.log.dir}, else the platform's rule. */
    public static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The log folder for the given platform, each by its own rule for per-user logs.
     *
     * <ul>
     *   <li>Windows: {@code %LOCALAPPDATA%\LoopWatch\Logs} (else {@code <home>\AppData\Local\…}); logs
     *       stay on the machine and do not roam with the profile</li>
     *   <li>macOS: {@code ~/Library/Logs/LoopWatch}, where Console.app finds them</li>
     *   <li>Linux and other Unix: {@code $XDG_STATE_HOME/loopwatch} (the XDG folder for logs), else
     *       {@code ~/.local/state/loopwatch}; a relative {@code XDG_STATE_HOME} is ignored</li>
     * </ul>
     */
    public static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("LoopWatch").resolve("Logs");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Logs").resolve("LoopWatch");
        }
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("state");
        return base.resolve("loopwatch");
    }

    /**
     * Sends every record of level INFO and above, from every {@link System.Logger}, to the log file
     * as well (the console keeps what it printed before). Idempotent.
     *
     * @return the log file
     * @throws UncheckedIOException when the folder cannot be made or the file not opened
     */
    public static Path install() {
        return install(false);
    }

    /**
     * As {@link #install()}; with {@code quietConsole} records go to the file only, not also to
     * stderr (the command line, whose stderr carries the one-line messages scripts read).
     */
    public static synchronized Path install(boolean quietConsole) {
        if (quietConsole) {
            Logger root = Logger.getLogger("");
            for (Handler handler : root.getHandlers()) {
                if (handler instanceof ConsoleHandler) {
                    root.removeHandler(handler);
                }
            }
        }
        Path folder = folder();
        if (installed == null) {
            try {
                installed = new RotatingLogFile(folder, RotatingLogFile.FILE_LIMIT, RotatingLogFile.FILES);
            } catch (IOException cannotOpen) {
                throw new UncheckedIOException("cannot write the log in " + folder, cannotOpen);
            }
            installed.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(installed);
            if (root.getLevel() == null || root.getLevel().intValue() > Level.INFO.intValue()) {
                root.setLevel(Level.INFO);
            }
        }
        return installed.current();
    }

    /**
     * {@link #install(boolean)} for paths that must not fail because of the log (reporting an error):
     * the log file, or empty when it cannot be written.
     */
    public static Optional<Path> tryInstall(boolean quietConsole) {
        try {
            return Optional.of(install(quietConsole));
        } catch (RuntimeException cannotLog) {
            return Optional.empty();
        }
    }
}
