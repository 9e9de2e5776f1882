package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;

/**
 * An import leaves sqlite-jdbc's connection monitor as the JVM made it (decision 0077). Held under
 * the session's monitor, sqlite-jdbc's nested locking while it binds a text overflowed the JVM's
 * lock stack, the connection's monitor was inflated for good, and every later lock operation of
 * sqlite-jdbc went through the JVM's runtime. The JVM logs each inflation
 * ({@code -Xlog:monitorinflation}); a command runs with C1 only, as here.
 */
@Tag("process")
class ImportLockStackTest {

    @TempDir
    Path folder;

    /** Imports a few thousand rows into a new file, as {@code loopwatch import} into an empty table does. */
    public static final class Child {
        public static void main(String[] args) {
            try (Database database = Database.open(Path.of(args[0]), OpenMode.CREATE_NEW)) {
                long athletes = database.groups().findByName("Athletes").orElseThrow().id();
                Iterator<StreamedRows.Chunk> chunks = chunks(athletes).iterator();
                database.results().importIntoEmpty(() -> chunks.hasNext() ? chunks.next() : StreamedRows.Chunk.END,
                        "Import of the lock-stack test");
                System.out.println("imported " + database.results().count());
            }
        }

        private static List<StreamedRows.Chunk> chunks(long group) {
            List<StreamedRows.Chunk> chunks = new ArrayList<>();
            LocalDate day = LocalDate.of(2020, 1, 1);
            for (int chunk = 0; chunk < 5; chunk++) {
                List<DailyResult> rows = new ArrayList<>();
                for (int i = 0; i < 500; i++, day = day.plusDays(1)) {
                    rows.add(new DailyResult(day, group, Stage.ARRIVAL, 100 + i, i % 3, "note " + i));
                    rows.add(new DailyResult(day, group, Stage.IN_LOOP, 900 + i, i % 2, ""));
                }
                chunks.add(new StreamedRows.Chunk(List.of(), rows));
            }
            return chunks;
        }
    }

    @Test
    void sqliteJdbcsConnectionMonitorIsNotInflatedByAnImport() throws IOException, InterruptedException {
        Path log = folder.resolve("inflation.log");
        Path out = folder.resolve("out.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-Xlog:monitorinflation=trace:file=" + log, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), folder.resolve("lock-stack.db").toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the import did not end within two minutes");
        }

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("imported 5000");
        assertThat(child.exitValue()).isZero();
        // The log is there and lists what was inflated (the JVM inflates a few monitors of its own).
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("[monitorinflation]")
                .doesNotContain("org.sqlite.core.NativeDB");
    }
}
