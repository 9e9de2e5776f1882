package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeCacheTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesTheXdgCacheFolderWhenSet() {
        assertThat(NativeCache.folder("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/ana"), home))
                .isEqualTo(Path.of("/var/cache/ana/loopwatch/openjfx"));
    }

    @Test
    void linuxFallsBackToDotCacheInTheHomeFolder() {
        assertThat(NativeCache.folder("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ana/.cache/loopwatch/openjfx"));
    }

    @Test
    void macOsAndWindowsUseTheirPerUserCacheFolders() {
        assertThat(NativeCache.folder("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/Library/Caches/LoopWatch/openjfx"));
        assertThat(NativeCache.folder("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local"), home))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/LoopWatch/openjfx"));
    }
}
