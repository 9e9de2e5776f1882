package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the log lives on each platform, and that it keeps whole stack traces within a bounded size. */
class AppLogTest {

    private static final Path HOME = Path.of("/home/ann");

    @TempDir
    Path folder;

    @Test
    void eachPlatformKeepsTheLogInItsOwnFolderForLogs() {
        assertThat(AppLog.defaultFolder("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".local/state/loopwatch"));
        assertThat(AppLog.defaultFolder("Linux", Map.of("XDG_STATE_HOME", "/var/ann"), HOME))
                .isEqualTo(Path.of("/var/ann/loopwatch"));
        assertThat(AppLog.defaultFolder("Linux", Map.of("XDG_STATE_HOME", "relative/state"), HOME))
                .as("a relative XDG_STATE_HOME is ignored, as the XDG specification says")
                .isEqualTo(HOME.resolve(".local/state/loopwatch"));
        assertThat(AppLog.defaultFolder("Mac OS X", Map.of(), HOME)).isEqualTo(HOME.resolve("Library/Logs/LoopWatch"));
        assertThat(AppLog.defaultFolder("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local"), HOME))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Local/LoopWatch/Logs"));
        assertThat(AppLog.defaultFolder("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData/Local/LoopWatch/Logs"));
    }

    @Test
    void aRecordKeepsItsTimeLevelLoggerMessageAndWholeStackTraceInAFileOnlyItsOwnerReads() throws IOException {
        RotatingLogFile log = new RotatingLogFile(folder.resolve("logs"), 10_000, 3);
        LogRecord record = new LogRecord(Level.SEVERE, "Export of {0} failed");
        record.setParameters(new Object[] {"chart.png"});
        record.setLoggerName("org.loopwatch.Somewhere");
        record.setThrown(new IllegalStateException("outer", new ArithmeticException("inner cause")));

        log.publish(record);
        log.close();

        String written = Files.readString(log.current());
        assertThat(written).contains("SEVERE org.loopwatch.Somewhere").contains("Export of chart.png failed")
                .contains("java.lang.IllegalStateException: outer").contains("\tat org.loopwatch.store.AppLogTest")
                .contains("Caused by: java.lang.ArithmeticException: inner cause");
        assertThat(log.current().getFileName().toString()).isEqualTo(AppLog.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(log.current())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(log.current().getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theLogIsRotatedAndNeverGrowsPastItsFilesTimesTheLimit() throws IOException {
        long limit = 2_000;
        int files = 3;
        RotatingLogFile log = new RotatingLogFile(folder, limit, files);
        for (int i = 0; i < 500; i++) {
            log.publish(new LogRecord(Level.INFO, "record number " + i + " " + "x".repeat(40)));
        }
        log.close();

        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("loopwatch.log", "loopwatch.1.log", "loopwatch.2.log");
        }
        for (Path file : new Path[] {log.current(), log.older(1), log.older(2)}) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(limit);
        }
        assertThat(Files.readString(log.current())).as("the newest record is in the current file")
                .contains("record number 499 ");
        assertThat(Files.readString(log.older(1))).doesNotContain("record number 499 ");
    }

    @Test
    void aSecondProcessAppendsToTheSameFileInsteadOfStartingAnother() throws IOException {
        RotatingLogFile app = new RotatingLogFile(folder, 100_000, 2);
        RotatingLogFile commandLine = new RotatingLogFile(folder, 100_000, 2);
        app.publish(new LogRecord(Level.INFO, "from the app"));
        commandLine.publish(new LogRecord(Level.SEVERE, "from the command line"));
        app.publish(new LogRecord(Level.INFO, "the app again"));
        app.close();
        commandLine.close();

        assertThat(Files.readAllLines(folder.resolve(AppLog.FILE_NAME)))
                .filteredOn(line -> line.contains(" from ") || line.contains(" again"))
                .hasSize(3);
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).hasSize(1);
        }
    }
}
