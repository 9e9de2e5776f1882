package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "/data/ann"), HOME))
                .isEqualTo(Path.of("/data/ann/loopwatch/loopwatch.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetBlankOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/loopwatch/loopwatch.db");
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of(), HOME)).isEqualTo(expected);
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", " "), HOME)).isEqualTo(expected);
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "data"), HOME)).isEqualTo(expected);
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DatabaseLocation.defaultFile("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/LoopWatch/loopwatch.db"));
    }

    @Test
    void windowsUsesAppDataElseTheRoamingFolderInTheHome() {
        assertThat(DatabaseLocation.defaultFile("Windows 11", Map.of("APPDATA", "/appdata"), HOME))
                .isEqualTo(Path.of("/appdata/LoopWatch/loopwatch.db"));
        assertThat(DatabaseLocation.defaultFile("Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/AppData/Roaming/LoopWatch/loopwatch.db"));
    }

    @Test
    void theRunningPlatformGetsAnAbsolutePathEndingInTheFileName() {
        assertThat(DatabaseLocation.defaultFile()).isAbsolute().hasFileName("loopwatch.db");
    }
}
