package org.loopwatch.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives when no {@code --db PATH} is given, following each platform's rule
 * for per-user application data.
 */
public final class DatabaseLocation {

    /** The database file name inside the application-data folder. */
    public static final String FILE_NAME = "loopwatch.db";

    private DatabaseLocation() {
    }

    /** The default database file for the running platform and user. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The default database file for the given platform, for tests and for code that must not read
     * the real environment.
     *
     * <ul>
     *   <li>Windows: {@code %APPDATA%\LoopWatch\loopwatch.db} (else {@code <home>\AppData\Roaming\…})</li>
     *   <li>macOS: {@code ~/Library/Application Support/LoopWatch/loopwatch.db}</li>
     *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/loopwatch/loopwatch.db}, else
     *       {@code ~/.local/share/loopwatch/loopwatch.db}; a relative {@code XDG_DATA_HOME} is
     *       ignored, as the XDG specification requires</li>
     * </ul>
     *
     * @param osName the {@code os.name} system property
     * @param env    the environment variables
     * @param home   the user's home folder
     */
    public static Path defaultFile(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("LoopWatch").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("LoopWatch").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("loopwatch").resolve(FILE_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
