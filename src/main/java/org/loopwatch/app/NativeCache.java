package org.loopwatch.app;

import java.nio.file.Path;

/**
 * Where JavaFX unpacks its native libraries. JavaFX's default is {@code ~/.openjfx/cache}; we use
 * the platform's per-user cache folder instead (never a shared temp folder, which may be
 * {@code noexec} or writable by others). An explicit {@code -Djavafx.cachedir} wins.
 */
final class NativeCache {

    static final String PROPERTY = "javafx.cachedir";

    private NativeCache() {
    }

    static void useUserCacheFolder() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, folder(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home"))).toString());
        }
    }

    static Path folder(String osName, java.util.Map<String, String> env, Path home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local"))
                    .resolve("LoopWatch").resolve("openjfx");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/LoopWatch/openjfx");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("loopwatch").resolve("openjfx");
    }
}
