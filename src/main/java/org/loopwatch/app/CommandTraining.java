package org.loopwatch.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The training run of the installed app's command-line start-up cache (decision 0031): runs the
 * commands people time — an import, the summary, the briefing PDF, the daily statement, a CSV
 * export — once each in this process, as {@link Launcher} runs them, on a data set it writes
 * first (four years × five groups × both stages, so the briefing draws by month as for ten years).
 * The JVM records the classes and profiles they use ({@code -XX:AOTCacheOutput}) into the cache
 * the launcher uses for commands. Chart exports (PNG, SVG) are left out on purpose: they start
 * JavaFX, and every class in a cache is loaded at every start.
 *
 * <p>Usage: {@code CommandTraining WORK_FOLDER} (a new, empty folder). Exits 0 when every command
 * succeeded, else 1 with the failing command on stderr.
 */
public final class CommandTraining {

    /* The four groups a new database has, and one the import adds (with its audit row), as the benchmark's file does. */
    static final List<String> GROUPS = List.of("Athletes", "Team officials", "Operating staff", "Media", "Volunteers");
    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    static final int DAYS = 4 * 365;

    private CommandTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Launcher.useChosenLanguage();
        int failures = train(folder, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs each command once; returns how many failed (each named on stderr). */
    static int train(Path folder, PrintStream quiet) throws IOException {
        Path csv = folder.resolve("training.csv");
        Files.writeString(csv, csv(), StandardCharsets.UTF_8);
        String db = folder.resolve("training.db").toString();
        List<List<String>> commands = List.of(
                List.of("--db", db, "import", "--create-groups", csv.toString()),
                List.of("--db", db, "summary"),
                List.of("--db", db, "summary", "--json"),
                List.of("--db", db, "export", "briefing", "--out", folder.resolve("briefing.pdf").toString()),
                List.of("--db", db, "statement"),
                List.of("--db", db, "export-csv", "--out", folder.resolve("export.csv").toString()));
        int failures = 0;
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            // The way Launcher.main goes to a command, so that the classes it loads on the way are in
            // the cache too: one left out is read from the jar at every start (and opens the jar early).
            StartupProbe.phase("main");
            if (Launcher.launchesDesktop(args)) {
                throw new IllegalStateException("a training command would start the desktop app: " + command);
            }
            int exit = Launcher.runCommand(args, quiet, System.err);
            if (exit != 0) {
                System.err.println("training command failed with exit code " + exit + ": " + command);
                failures++;
            }
        }
        return failures;
    }

    /* Counts that vary by day, group and stage, with a positive now and then, as real files have. */
    static String csv() {
        return csv(GROUPS, FIRST_DAY, DAYS);
    }

    /** A CSV file's text: each day from {@code firstDay} on, each group, both stages. */
    static String csv(List<String> groups, LocalDate firstDay, int days) {
        StringBuilder csv = new StringBuilder("date,group,stage,tests,positives,note\n");
        for (int day = 0; day < days; day++) {
            String date = firstDay.plusDays(day).toString();
            for (int g = 0; g < groups.size(); g++) {
                for (String stage : List.of("arrival", "in_loop")) {
                    int tests = 50 + (day * 7 + g * 13 + stage.length()) % 400;
                    int positives = (day + g) % 11 == 0 ? 1 + day % 3 : 0;
                    csv.append(date).append(',').append(groups.get(g)).append(',').append(stage).append(',')
                            .append(tests).append(',').append(positives).append(',').append('\n');
                }
            }
        }
        return csv.toString();
    }
}
