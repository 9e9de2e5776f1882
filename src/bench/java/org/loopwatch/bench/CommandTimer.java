package org.loopwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times whole processes side by side for the ratios of SPEC §9's second round: each case runs once
 * to warm the file-system caches, then all cases run in turn (A, B, C, A, B, C, …) so that a busy
 * neighbour slows them alike; prints the median wall time (process start → exit) and the median
 * CPU time (user + system, from {@code /usr/bin/time}) of each, and each case's ratio to a
 * baseline case. Output and errors of the commands are discarded; a case that fails stops the run.
 *
 * <p>Usage: {@code CommandTimer RUNS "label=shell command" …}; the first case is the baseline
 * unless a label is prefixed {@code base:}. Each command runs under {@code sh -c}, so a case can
 * remove the file it is about to create ({@code rm -f x.db*; exec …}), the same for every case.
 */
public final class CommandTimer {

    record Case(String label, String command) {
    }

    record Sample(double wallMillis, double cpuMillis) {
    }

    private CommandTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Case> cases = new ArrayList<>();
        String baseline = null;
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            String[] labelled = arg.split("=", 2);
            String label = labelled[0];
            if (label.startsWith("base:")) {
                label = label.substring("base:".length());
                baseline = label;
            }
            cases.add(new Case(label, labelled[1]));
        }
        if (baseline == null) {
            baseline = cases.get(0).label();
        }
        Path times = Files.createTempFile("command-timer", ".txt");
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (Case c : cases) {
            samples.put(c.label(), new ArrayList<>());
            run(c, times); // warm-up
        }
        for (int run = 0; run < runs; run++) {
            for (Case c : cases) {
                samples.get(c.label()).add(run(c, times));
            }
        }
        Files.deleteIfExists(times);
        double base = median(samples.get(baseline), Sample::wallMillis);
        double baseCpu = median(samples.get(baseline), Sample::cpuMillis);
        for (Case c : cases) {
            List<Sample> list = samples.get(c.label());
            double wall = median(list, Sample::wallMillis);
            double cpu = median(list, Sample::cpuMillis);
            System.out.printf(Locale.ROOT, "%-44s wall median %7.0f ms  x%5.2f   CPU median %7.0f ms  x%5.2f   runs %s%n",
                    c.label(), wall, wall / base, cpu, cpu / baseCpu,
                    list.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.wallMillis())).toList());
        }
    }

    private static Sample run(Case c, Path times) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
                "sh", "-c", c.command());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(c.label() + " exited with " + exit + ": " + c.command());
        }
        String[] cpu = Files.readString(times).trim().split("\\s+");
        double cpuMillis = (Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1])) * 1000;
        return new Sample(wall, cpuMillis);
    }

    private static double median(List<Sample> list, java.util.function.ToDoubleFunction<Sample> value) {
        double[] sorted = list.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
