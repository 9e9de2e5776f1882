package org.loopwatch.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import org.loopwatch.cli.CommandLine;
import org.loopwatch.cli.GlobalArguments;
import org.loopwatch.cli.UsageException;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AppLog;
import org.loopwatch.store.SqliteNativeLibrary;
import org.loopwatch.store.UserPreferences;

/**
 * The entry point of {@code loopwatch.jar}: the desktop app when no command is given, the
 * command line otherwise. It does not extend {@link Application}, so the jar runs on the class
 * path without the JavaFX launcher's module checks.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The desktop app calls this once its first frame is out; the command line at once. */
    static void useSqliteCache() {
        SqliteNativeLibrary.useCacheFolder(NativeCache.folder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))).getParent());
    }

    /**
     * The desktop app's life as a process: it ends when the app has stopped, even if some thread
     * (AWT, a library's pool) would keep the JVM alive, and Quit is guarded by {@link ExitWatchdog}.
     */
    static void runDesktop(Class<? extends Application> app, String[] args) {
        // The installed app has no console: without the log file a stack trace would be lost.
        StartupProbe.phase("desktop");
        CompilerPriority.lowerInTheBackground();
        // While this thread logs and the launcher thread starts the toolkit, a core is idle: what the
        // first frame needs without the toolkit (Modena, its texts) is read meanwhile (decision 0070).
        FirstFrameAhead.startInTheBackground();
        Optional<Path> log = AppLog.tryInstall(false);
        UncaughtFailures.install(log, Platform::runLater);
        System.getLogger(Launcher.class.getName()).log(System.Logger.Level.INFO, "LoopWatch {0} starting on Java {1}, {2}", AppVersion.current(),
                Runtime.version(), System.getProperty("os.name"));
        StartupProbe.phase("logged");
        NativeCache.useUserCacheFolder();
        ExitWatchdog.enable();
        Application.launch(app, args);
        // launch returns once the toolkit has ended and stop() has closed the database.
        System.exit(0);
    }

    public static void main(String[] args) {
        // --version before anything else loads (preferences, bundles, the logger, SQLite's native
        // library): scripts call it to check an install, and it should cost no more than starting
        // Java does (SPEC §9: at most 2 × the bundled runtime's java -version).
        if (CommandLine.answersVersion(args, System.out)) {
            return;
        }
        StartupProbe.phase("main");
        // --lang overrides the chosen language where the arguments are read (LoopWatchApp, CommandLine).
        useChosenLanguage();
        if (launchesDesktop(args)) {
            runDesktop(LoopWatchApp.class, args);
        } else {
            System.exit(runCommand(args, System.out, System.err));
        }
    }

    /** Whether {@code args} ask for the desktop app rather than a command. */
    static boolean launchesDesktop(String[] args) {
        try {
            return GlobalArguments.parse(args).launchesDesktop();
        } catch (UsageException badArguments) {
            return false; // let the command line report it with its exit code
        }
    }

    /** The command line as {@link #main} runs it, with the language already chosen; returns the exit code. */
    static int runCommand(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        useSqliteCache();
        CommandAhead.startInTheBackground();
        return new CommandLine(out, err).run(args);
    }

    /** The language before anything speaks: as chosen in Settings, else the system's. */
    static void useChosenLanguage() {
        Texts.useLanguage(UserPreferences.read(UserPreferences.defaultFile()).language().orElse(Locale.getDefault()));
    }
}
