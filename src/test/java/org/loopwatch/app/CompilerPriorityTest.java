package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's C2 compiler yields to the window (decision 0063); C1 and the rest keep their priority. */
class CompilerPriorityTest {

    @TempDir
    Path folder;

    @Test
    void findsTheC2CompilerAndTheProfileReplayByTheirNamesOnly() throws IOException {
        thread("101", "C2 CompilerThre");
        thread("102", "C1 CompilerThre");
        thread("103", "Training replay");
        thread("104", "JavaFX Applicat");
        thread("105", "C2 CompilerThre"); // a second C2 thread, on a machine with more cores
        Files.createDirectories(folder.resolve("106")); // a thread that ended while the folder was read

        assertThat(CompilerPriority.backgroundCompilers(folder)).containsExactly("101", "103", "105");
        assertThat(CompilerPriority.backgroundCompilers(folder.resolve("no such process"))).isEmpty();
        assertThat(CompilerPriority.reniceCommand(List.of("101", "103")))
                .containsExactly("renice", "-n", "19", "-p", "101", "103");
    }

    @Test
    @Tag("process")
    void inARealJvmOnlyTheC2CompilerGetsTheLowestPriority() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "Linux threads");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName()).redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.exitValue()).as(out).isZero();

        int own = Integer.parseInt(line(out, "own"));
        assertThat(line(out, "lowered")).isEqualTo("true");
        assertThat(line(out, "C2 CompilerThre")).isEqualTo(String.valueOf(CompilerPriority.NICE));
        assertThat(line(out, "C1 CompilerThre")).isEqualTo(String.valueOf(own));
        assertThat(line(out, "java")).isEqualTo(String.valueOf(own)); // the main thread
        assertThat(line(out, "VM Thread")).isEqualTo(String.valueOf(own));
    }

    private void thread(String id, String name) throws IOException {
        Files.createDirectories(folder.resolve(id));
        Files.writeString(folder.resolve(id).resolve("comm"), name + "\n");
    }

    private static String line(String out, String name) {
        return out.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                .map(line -> line.substring(name.length() + 1)).orElseThrow(() -> new AssertionError(name + " in:\n" + out));
    }

    /** Lowers its own compilers as the app does, then prints each thread's name and nice value. */
    static final class Probe {
        public static void main(String[] args) throws IOException {
            System.out.println("own=" + nice(Path.of("/proc/self/task", String.valueOf(ProcessHandle.current().pid()))));
            System.out.println("lowered=" + CompilerPriority.lower());
            Map<String, String> nice = new TreeMap<>();
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path thread : threads) {
                    nice.putIfAbsent(Files.readString(thread.resolve("comm")).strip(), String.valueOf(nice(thread)));
                }
            }
            nice.forEach((name, value) -> System.out.println(name + "=" + value));
        }

        /* Field 19 of /proc/<pid>/task/<tid>/stat, after the name in parentheses (which may hold spaces). */
        private static int nice(Path thread) throws IOException {
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        }
    }
}
