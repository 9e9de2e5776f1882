package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/**
 * SPEC §3: "an acknowledged save is never lost, also if the process is killed right after". A
 * separate JVM ({@link CrashChildMain}) saves entries the way the entry screen does and prints each
 * acknowledged save; it is killed with SIGKILL at random moments (while starting, creating the
 * file, taking the daily backup, or saving). After each kill the database must open, pass
 * {@code PRAGMA integrity_check}, and hold every acknowledged save.
 *
 * <p>Rounds: {@code -Dloopwatch.crash.rounds} (30 in {@code verify}, more with {@code -Pcrash-long});
 * the seed is printed so a failing round can be replayed with {@code -Dloopwatch.crash.seed}.
 */
@Tag("process")
class CrashSafetyTest {

    private static final String END = new String("end of output");

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesAKillAtARandomMomentAndTheFileStaysIntact() throws Exception {
        int rounds = Integer.getInteger("loopwatch.crash.rounds", 30);
        long seed = Long.getLong("loopwatch.crash.seed", System.nanoTime());
        System.out.println("crash test: " + rounds + " rounds, seed " + seed);
        Random random = new Random(seed);
        Path file = folder.resolve("loopwatch.db");
        Map<ResultKey, DailyResult> acknowledged = new HashMap<>();
        int killedWhileSaving = 0;
        int totalAcks = 0;
        for (int round = 0; round < rounds; round++) {
            boolean fresh = round % 10 == 0;
            Path target = fresh ? folder.resolve("fresh-" + round).resolve("loopwatch.db") : file;
            Map<ResultKey, DailyResult> expected = fresh ? new HashMap<>() : acknowledged;
            RoundOutcome outcome = runRound(target, random, fresh, round);
            totalAcks += outcome.acks().size();
            if (!outcome.acks().isEmpty()) {
                killedWhileSaving++;
            }
            String context = "round " + round + " (seed " + seed + ", " + outcome + ")";
            for (DailyResult ack : outcome.acks()) {
                expected.put(ack.key(), ack);
            }
            if (!Files.exists(target)) {
                // Killed before the new database got its name (the first round on a file, or a
                // fresh one): legitimate only if nothing was ever acknowledged for it.
                assertThat(expected).as(context + ": no database file, yet saves were acknowledged").isEmpty();
                continue;
            }
            try (Database database = Database.open(target, OpenMode.MUST_EXIST)) {
                try (Connection connection = database.session().connectionForTests()) {
                    assertThat(Backups.integrityCheck(connection)).as(context).isEqualTo("ok");
                }
            }
            try (Database database = Database.open(target, OpenMode.MUST_EXIST)) {
                Map<ResultKey, DailyResult> stored = new HashMap<>();
                database.results().findAll().forEach(r -> stored.put(r.key(), r));
                for (DailyResult ack : expected.values()) {
                    DailyResult found = stored.get(ack.key());
                    boolean inFlight = outcome.inFlight() != null && outcome.inFlight().key().equals(ack.key());
                    if (inFlight && matches(found, outcome.inFlight())) {
                        expected.put(ack.key(), found); // the unacknowledged save did commit: fine
                        continue;
                    }
                    assertThat(found).as(context + ": acknowledged " + ack).isNotNull();
                    assertThat(matches(found, ack)).as(context + ": " + ack.key() + " holds " + found + ", acknowledged " + ack)
                            .isTrue();
                }
                for (DailyResult row : stored.values()) {
                    boolean known = expected.containsKey(row.key())
                            || (outcome.inFlight() != null && matches(row, outcome.inFlight()));
                    assertThat(known).as(context + ": unexpected row " + row).isTrue();
                    expected.putIfAbsent(row.key(), row);
                }
            }
        }
        System.out.println("crash test: " + rounds + " rounds, " + killedWhileSaving + " killed while saving, "
                + totalAcks + " acknowledged saves checked");
        assertThat(killedWhileSaving).as("rounds that were killed in the middle of saving").isGreaterThan(rounds / 2);
    }

    private RoundOutcome runRound(Path target, Random random, boolean fresh, int round) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path tmp = Files.createDirectories(folder.resolve("sqlite-tmp"));
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dorg.sqlite.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), CrashChildMain.class.getName(), target.toString(),
                Long.toString(random.nextLong()), folder.resolve("child-" + round + ".log").toString());
        builder.redirectError(folder.resolve("child-" + round + ".err").toFile());
        Process child = builder.start();
        List<DailyResult> acks = new ArrayList<>();
        DailyResult[] inFlight = new DailyResult[1];
        // One thread reads the child's output to its end, so nothing it printed before dying is missed.
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException closedAtExit) {
                // The JDK may close the pipe while draining it at exit; what was read is in the queue.
            } finally {
                lines.add(END);
            }
        }, "crash-child-output");
        reader.start();
        boolean ended = false;
        if (fresh || random.nextInt(6) == 0) {
            // Kill at a random moment of start-up: opening, creating, upgrading, backing up.
            child.waitFor(random.nextInt(900), TimeUnit.MILLISECONDS);
        } else {
            // At least one acknowledged save before the kill, so these rounds are killed while saving
            // however slow a loaded machine starts the child (start-up kills are the branch above).
            int waitFor = 1 + random.nextInt(11);
            while (acks.size() < waitFor && !ended) {
                String line = lines.poll(30, TimeUnit.SECONDS);
                assertThat(line).as("the child printed nothing for 30 s (see child-%d.err)", round).isNotNull();
                ended = line == END;
                if (!ended) {
                    record(line, acks, inFlight);
                }
            }
        }
        child.destroyForcibly();
        child.waitFor();
        reader.join(30_000);
        while (!ended) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            ended = line == null || line == END;
            if (!ended) {
                record(line, acks, inFlight);
            }
        }
        assertThat(child.exitValue()).as("the child was killed, it did not fail on its own (see child-%d.err)", round)
                .isNotEqualTo(1);
        // The pipe may have lost the last lines; the child's log file has every completed line.
        List<DailyResult> loggedAcks = new ArrayList<>();
        DailyResult[] loggedInFlight = new DailyResult[1];
        Path log = folder.resolve("child-" + round + ".log");
        if (Files.exists(log)) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            String complete = text.substring(0, text.lastIndexOf('\n') + 1); // a torn last line never counts
            for (String line : complete.split("\n")) {
                if (!line.isEmpty()) {
                    record(line, loggedAcks, loggedInFlight);
                }
            }
        }
        assertThat(loggedAcks.size()).as("the log holds at least what the pipe delivered").isGreaterThanOrEqualTo(acks.size());
        return new RoundOutcome(loggedAcks, loggedInFlight[0]);
    }

    private static void record(String line, List<DailyResult> acks, DailyResult[] inFlight) {
        if (line.startsWith("failed")) {
            throw new AssertionError("the child failed: " + line);
        }
        if (line.startsWith("try ")) {
            inFlight[0] = parse(line.substring(4));
        } else if (line.startsWith("ack ")) {
            acks.add(parse(line.substring(4)));
            inFlight[0] = null;
        }
    }

    private static DailyResult parse(String text) {
        String[] parts = text.split(" ");
        return new DailyResult(LocalDate.parse(parts[0]), Long.parseLong(parts[1]), Stage.fromCode(parts[2]).orElseThrow(),
                Long.parseLong(parts[3]), Long.parseLong(parts[4]), "crash test");
    }

    private static boolean matches(DailyResult found, DailyResult expected) {
        return found != null && found.key().equals(expected.key()) && found.tests() == expected.tests()
                && found.positives() == expected.positives();
    }

    private record RoundOutcome(List<DailyResult> acks, DailyResult inFlight) {
        @Override
        public String toString() {
            return acks.size() + " acknowledged, in flight " + inFlight;
        }
    }

}
