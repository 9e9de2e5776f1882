package org.loopwatch.bench;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where a command's CPU time goes, thread by thread (issue 20: "what the remaining time is spent
 * on", from one command anyone can run). Runs a command several times; while each run lasts it
 * reads {@code /proc/PID/task/*} every few milliseconds and keeps each thread's last user + system
 * time; then prints, per thread name, the median over the runs, beside the median wall time and the
 * process's CPU time. Threads of the same name are added up; the JVM's main thread (named like the
 * process, not the launcher's first thread) is printed as {@code main}. Linux only; the clock of
 * {@code /proc} counts in ticks of 10 ms, so single values are coarse and medians are what count.
 *
 * <p>Usage: {@code ThreadCpuTimes RUNS [--fresh PATH]… -- COMMAND ARG…}. The command is started
 * directly (no shell), so it must become the measured process itself: the installed launcher
 * {@code exec}s its Java. Each {@code --fresh} path, and its {@code -wal}, {@code -shm} and
 * {@code .lock} companions, is removed before every run (the import's new file, the briefing's PDF).
 */
public final class ThreadCpuTimes {

    private static final long POLL_MILLIS = 4;

    /** One run: wall time, the process's CPU time, and each thread name's CPU time, all in ms. */
    record Run(double wallMillis, double processCpuMillis, Map<String, Double> cpuByThread) {
    }

    private ThreadCpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Path> fresh = new ArrayList<>();
        int i = 1;
        while (!args[i].equals("--")) {
            if (!args[i].equals("--fresh")) {
                throw new IllegalArgumentException("expected --fresh PATH or --, found " + args[i]);
            }
            fresh.add(Path.of(args[i + 1]));
            i += 2;
        }
        List<String> command = Arrays.asList(args).subList(i + 1, args.length);
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            throw new IllegalStateException("ThreadCpuTimes reads /proc/PID/task: Linux only");
        }
        List<Run> measured = new ArrayList<>();
        run(command, fresh); // warm the file-system caches
        for (int r = 0; r < runs; r++) {
            measured.add(run(command, fresh));
        }
        System.out.print(report(measured));
    }

    static Run run(List<String> command, List<Path> fresh) throws IOException, InterruptedException {
        for (Path path : fresh) {
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(path + suffix));
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        long pid = process.pid();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Double> cpuByTask = new HashMap<>();
        double processCpu = readTasks(pid, names, cpuByTask);
        // Between readings, wait for the process's end itself: the wall time stops when it exits,
        // not up to a polling interval later.
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            processCpu = Math.max(processCpu, readTasks(pid, names, cpuByTask));
        }
        double wall = (System.nanoTime() - start) / 1e6;
        int exit = process.exitValue();
        if (exit != 0) {
            throw new IllegalStateException("exited with " + exit + ": " + String.join(" ", command));
        }
        return new Run(wall, processCpu, byName(pid, names, cpuByTask));
    }

    /*
     * Each live task's name and CPU time so far, into the maps; returns the process's CPU time so far.
     * A read that fails means the thread or the process has just ended: the last readings stand.
     */
    private static double readTasks(long pid, Map<Long, String> names, Map<Long, Double> cpuByTask) {
        Path process = Path.of("/proc", Long.toString(pid));
        try (DirectoryStream<Path> each = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : each) {
                long tid = Long.parseLong(task.getFileName().toString());
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    names.put(tid, commandName(stat)); // the latest: the launcher script becomes java, threads name themselves
                    cpuByTask.merge(tid, StartupHarness.cpuMillisOf(stat), Math::max);
                } catch (IOException ended) {
                    // this thread ended between listing and reading
                }
            }
            return StartupHarness.cpuMillisOf(Files.readString(process.resolve("stat")));
        } catch (IOException | DirectoryIteratorException ended) {
            return 0;
        }
    }

    /*
     * Adds up the tasks by name. The first task is the launcher's thread, which only waits for the
     * JVM; the JVM's main thread is the first other task named like it.
     */
    static Map<String, Double> byName(long pid, Map<Long, String> names, Map<Long, Double> cpuByTask) {
        String processName = names.get(pid);
        long mainTid = names.entrySet().stream()
                .filter(e -> e.getKey() != pid && e.getValue().equals(processName))
                .mapToLong(Map.Entry::getKey).min().orElse(-1);
        Map<String, Double> byName = new TreeMap<>();
        cpuByTask.forEach((tid, cpu) -> {
            String name = tid == pid ? "(launcher's thread)" : tid == mainTid ? "main" : names.get(tid);
            byName.merge(name, cpu, Double::sum);
        });
        return byName;
    }

    /** The command name in a {@code /proc/…/stat} line: between the first '(' and the last ')'. */
    static String commandName(String statLine) {
        return statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
    }

    /** Medians over the runs: wall, process CPU, then each thread name's CPU, largest first. */
    static String report(List<Run> runs) {
        Map<String, List<Double>> byName = new LinkedHashMap<>();
        for (Run run : runs) {
            run.cpuByThread().forEach((name, cpu) -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(cpu));
        }
        double processCpu = median(runs.stream().map(Run::processCpuMillis).toList(), runs.size());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "wall median %.0f ms, process CPU median %.0f ms (%d runs); CPU by thread, medians:%n",
                median(runs.stream().map(Run::wallMillis).toList(), runs.size()), processCpu, runs.size()));
        Map<String, Double> medians = new HashMap<>();
        // A thread missing from a run (it started too late to be seen) counts 0 there.
        byName.forEach((name, values) -> medians.put(name, median(values, runs.size())));
        medians.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "   %-28s %6.0f ms  %3.0f %%%n",
                        e.getKey(), e.getValue(), processCpu == 0 ? 0 : 100 * e.getValue() / processCpu)));
        return out.toString();
    }

    /* The median of the values, counting runs without a value as 0. */
    private static double median(List<Double> values, int runs) {
        double[] sorted = new double[runs];
        for (int i = 0; i < values.size(); i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        int middle = runs / 2;
        return runs % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
