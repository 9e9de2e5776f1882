package org.loopwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-thread CPU times that run-all.sh prints for the import and the briefing. */
class ThreadCpuTimesTest {

    /** A child JVM whose named thread burns CPU while its main thread sleeps. */
    public static final class BusyChild {
        public static void main(String[] args) throws Exception {
            Thread busy = new Thread(() -> {
                long end = System.nanoTime() + 400_000_000L;
                long sum = 0;
                while (System.nanoTime() < end) {
                    sum += System.nanoTime() % 7;
                }
                System.out.println(sum);
            }, "busy-worker");
            busy.start();
            busy.join();
        }
    }

    @Test
    @Tag("process")
    void aBusyThreadIsFoundByItsNameAndAnIdleMainThreadIsNotChargedForIt(@TempDir Path folder) throws Exception {
        assumeThat(Path.of("/proc/self/task")).isDirectory();
        Path leftOver = folder.resolve("made.db");
        Files.writeString(leftOver, "from the run before");
        Files.writeString(folder.resolve("made.db-wal"), "");

        ThreadCpuTimes.Run run = ThreadCpuTimes.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BusyChild.class.getName()), List.of(leftOver));

        assertThat(leftOver).doesNotExist();
        assertThat(folder.resolve("made.db-wal")).doesNotExist();
        assertThat(run.wallMillis()).isGreaterThanOrEqualTo(400);
        // The busy thread ran for 400 ms of wall time; on a loaded machine it gets less than a whole core.
        assertThat(run.cpuByThread()).containsKey("busy-worker");
        assertThat(run.cpuByThread().get("busy-worker")).isGreaterThan(100);
        assertThat(run.cpuByThread()).containsKey("main");
        assertThat(run.cpuByThread().get("main")).isLessThan(run.cpuByThread().get("busy-worker"));
        assertThat(run.processCpuMillis()).isGreaterThanOrEqualTo(run.cpuByThread().get("busy-worker"));
    }

    @Test
    void theJvmsMainThreadIsTheFirstTaskNamedLikeTheProcessOtherThanTheLaunchersOwn() {
        Map<Long, String> names = Map.of(100L, "java", 101L, "java", 102L, "C1 CompilerThre", 140L, "java");
        Map<Long, Double> cpu = Map.of(100L, 0.0, 101L, 300.0, 102L, 120.0, 140L, 20.0);

        Map<String, Double> byName = ThreadCpuTimes.byName(100, names, cpu);

        assertThat(byName).containsEntry("main", 300.0)
                .containsEntry("C1 CompilerThre", 120.0)
                .containsEntry("java", 20.0)
                .containsEntry("(launcher's thread)", 0.0);
    }

    @Test
    void aThreadNameMayHoldSpacesAndParentheses() {
        String stat = "4242 (GC Thread (0)) S 1 2 3 4 5 6 7 8 9 10 25 5 0 0";

        assertThat(ThreadCpuTimes.commandName(stat)).isEqualTo("GC Thread (0)");
        assertThat(StartupHarness.cpuMillisOf(stat)).isEqualTo(300.0);
    }

    @Test
    void theReportGivesMediansLargestFirstAndCountsAThreadMissingFromARunAsZero() {
        List<ThreadCpuTimes.Run> runs = List.of(
                new ThreadCpuTimes.Run(1000, 1500, Map.of("main", 500.0, "writer", 800.0, "late", 30.0)),
                new ThreadCpuTimes.Run(1100, 1600, Map.of("main", 520.0, "writer", 820.0)),
                new ThreadCpuTimes.Run(1200, 1700, Map.of("main", 540.0, "writer", 840.0)));

        String report = ThreadCpuTimes.report(runs);

        assertThat(report).startsWith("wall median 1100 ms, process CPU median 1600 ms (3 runs)");
        assertThat(report.indexOf("writer")).isLessThan(report.indexOf("main"));
        assertThat(report).contains("writer                          820 ms   51 %")
                .contains("main                            520 ms   33 %")
                .doesNotContain("late");
    }
}
