package org.loopwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times process start → first frame, and peak resident memory (VmHWM), of several commands,
 * run alternately so that drift on a shared machine hits all of them alike. Each command must
 * print {@code loopwatch-first-frame} on stdout after its first frame, and
 * {@code loopwatch-settled} once it holds its data, when peak memory is read (LoopWatch does
 * both with {@code -Dloopwatch.probe=first-frame}; {@link BareJavaFxWindow} always does).
 *
 * <p>Usage: {@code StartupHarness RUNS "label=command args…" "label=command args…" …}; an
 * argument {@code env:NAME=VALUE} before a case sets an environment variable for that case.
 * Prints one line per case with medians and the ratio to the first case, and for every other case
 * the ratio paired round by round with the first case's, with the middle half of the rounds.
 */
public final class StartupHarness {

    private static final String MARKER = "loopwatch-first-frame";
    /** Printed once the app holds its data; peak memory is read then. */
    private static final String SETTLED = "loopwatch-settled";
    /** USER_HZ of /proc/PID/stat: 100 on every Linux of the last decades (sysconf(_SC_CLK_TCK)). */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    record Case(String label, List<String> command, Map<String, String> env) {
    }

    /** Wall time to the first frame, the CPU time (user + sys, all threads) the process had used by then, and peak memory. */
    record Sample(double millis, double cpuMillis, long peakKilobytes) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Case> cases = parseCases(Arrays.asList(args).subList(1, args.length));
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        cases.forEach(c -> samples.put(c.label(), new ArrayList<>()));
        for (Case c : cases) {
            measure(c); // warm-up: file-system caches, JavaFX native cache
        }
        for (int run = 0; run < runs; run++) {
            for (Case c : cases) {
                samples.get(c.label()).add(measure(c));
            }
        }
        double floor = -1;
        double cpuFloor = -1;
        for (Case c : cases) {
            List<Sample> list = samples.get(c.label());
            double millis = median(list.stream().mapToDouble(Sample::millis).toArray());
            double cpu = median(list.stream().mapToDouble(Sample::cpuMillis).toArray());
            double peakMb = median(list.stream().mapToDouble(s -> s.peakKilobytes() / 1024.0).toArray());
            if (floor < 0) {
                floor = millis;
                cpuFloor = cpu;
            }
            System.out.printf(Locale.ROOT, "%-28s first frame median %6.0f ms  (x%.2f of %s)  CPU to first frame median %5.0f ms (x%.2f)"
                            + "  peak RSS median %5.0f MB  runs %s%n",
                    c.label(), millis, millis / floor, cases.get(0).label(), cpu, cpu / cpuFloor, peakMb,
                    list.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.millis())).toList());
            if (c != cases.get(0)) {
                Spread paired = pairedRatios(list, samples.get(cases.get(0).label()));
                System.out.printf(Locale.ROOT, "%-28s paired with the first case round by round: ratio median %.2f"
                        + "  (middle half of the rounds %.2f–%.2f)%n", "", paired.median(), paired.lowerQuartile(),
                        paired.upperQuartile());
            }
        }
    }

    /** A median with the quartiles around it: where the middle half of the values lie. */
    record Spread(double median, double lowerQuartile, double upperQuartile) {
    }

    /*
     * Each round's first frame of a case divided by the first case's in the same round: the rounds
     * run side by side, so a slow minute slows both and the ratio keeps less of it than the ratio of
     * the two medians does. The quartiles say how far one round's ratio can be trusted.
     */
    static Spread pairedRatios(List<Sample> measured, List<Sample> reference) {
        double[] ratios = new double[measured.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = measured.get(i).millis() / reference.get(i).millis();
        }
        Arrays.sort(ratios);
        return new Spread(median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }

    /* Linear interpolation between the closest ranks of sorted values (type 7, as R and NumPy by default). */
    private static double quantile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    private static List<Case> parseCases(List<String> args) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("env:")) {
                String[] pair = arg.substring(4).split("=", 2);
                env.put(pair[0], pair[1]);
                continue;
            }
            String[] labelled = arg.split("=", 2);
            cases.add(new Case(labelled[0], List.of(labelled[1].trim().split("\\s+")), Map.copyOf(env)));
            env.clear();
        }
        return cases;
    }

    private static Sample measure(Case c) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(c.command());
        builder.environment().putAll(c.env());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        // A case that never settles (e.g. an error dialog) must not hang the whole suite.
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        double millis = -1;
        double cpuMillis = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(MARKER)) {
                    millis = (System.nanoTime() - start) / 1e6;
                    cpuMillis = cpuMillis(process.pid());
                }
                if (line.contains(SETTLED)) {
                    break;
                }
            }
            long peak = peakKilobytes(process.pid());
            watchdog.interrupt();
            process.destroy(); // SIGTERM: the measurement is taken, the window may go
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            if (millis < 0) {
                throw new IllegalStateException(c.label() + " ended without printing " + MARKER
                        + " (exit " + process.exitValue() + "): " + c.command());
            }
            return new Sample(millis, cpuMillis, peak);
        }
    }

    /**
     * User + system CPU time of a running process (all its threads), from /proc/PID/stat, in ms;
     * 0 where there is no /proc. On a shared machine this drifts far less than wall time.
     */
    static double cpuMillis(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return 0;
        }
        return cpuMillisOf(Files.readString(stat));
    }

    /** User + system CPU time in a line of {@code /proc/PID/stat} or {@code /proc/PID/task/TID/stat}, in ms. */
    static double cpuMillisOf(String statLine) {
        // Fields after the command name (which may hold spaces) in parentheses: utime is the 14th, stime the 15th.
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
    }

    /** VmHWM (peak resident set) of a running process, from /proc; 0 where there is no /proc. */
    static long peakKilobytes(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
