package org.loopwatch.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;

/**
 * SPEC §9, second round, team mode: 8 desks saving at once into one PostgreSQL on this machine.
 * Prints the p50/p95 save latency (insert of one result with its audit row, from call to
 * acknowledgement) and the p50/p95 time until the other desks see a save (from the start of the
 * save on one desk until another desk, woken by its change notice, has read the row back — what a
 * dashboard reload needs). Targets: p95 save ≤ 50 ms; p95 seen ≤ 1 s.
 *
 * <p>Starts a PostgreSQL server of its own (as the tests do). Run with the bench profile:
 * {@code ./mvnw -q -Pbench test-compile exec:java ...} or from {@code src/bench/run-all.sh}; arguments:
 * [saves per desk, default 200].
 */
public final class TeamDesksBenchmark {

    private static final int DESKS = 8;

    private TeamDesksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int savesPerDesk = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (PostgresTestServer server = PostgresTestServer.startNew()) {
            TeamDatabaseUrl url = server.newDatabase("bench");
            Database.teamInit(url, PostgresTestServer.superuserPassword(), Clock.systemUTC()).close();
            List<Database> desks = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                desks.add(Database.connect(url, PostgresTestServer.superuserPassword()));
            }
            try {
                run(desks, savesPerDesk);
            } finally {
                desks.forEach(Database::close);
            }
        }
    }

    private static void run(List<Database> desks, int savesPerDesk) throws Exception {
        long group = desks.getFirst().groups().findByName("Athletes").orElseThrow().id();
        // The probe: the last desk's saves, each looked for by the seven others when a notice comes.
        ConcurrentHashMap<ResultKey, Long> probeStarted = new ConcurrentHashMap<>();
        List<Long> seenNanos = Collections.synchronizedList(new ArrayList<>());
        Database probe = desks.getLast();
        for (Database watcher : desks.subList(0, DESKS - 1)) {
            ConcurrentHashMap<ResultKey, Boolean> seen = new ConcurrentHashMap<>();
            watcher.addChangeListener(tables -> probeStarted.forEach((key, started) -> {
                if (!seen.containsKey(key) && watcher.results().find(key).isPresent()) {
                    seen.put(key, true);
                    seenNanos.add(System.nanoTime() - started);
                }
            }));
        }
        List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        List<Future<?>> work = new ArrayList<>();
        for (int d = 0; d < DESKS; d++) {
            Database desk = desks.get(d);
            Stage stage = d % 2 == 0 ? Stage.ARRIVAL : Stage.IN_LOOP;
            LocalDate first = LocalDate.of(2000, 1, 1).plusYears(d);
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < savesPerDesk; i++) {
                    DailyResult row = new DailyResult(first.plusDays(i), group, stage, 1_000 + i, i % 7, "");
                    long began = System.nanoTime();
                    if (desk == probe) {
                        probeStarted.put(row.key(), began);
                    }
                    try {
                        desk.results().insert(row);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    saveNanos.add(System.nanoTime() - began);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (seenNanos.size() < (long) savesPerDesk * (DESKS - 1) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        System.out.printf("team mode, %d desks x %d saves%s%n", DESKS, savesPerDesk, failed.get() ? " (some saves FAILED)" : "");
        System.out.printf("  save latency      p50 %6.1f ms  p95 %6.1f ms  (target p95 <= 50 ms)%n",
                percentile(saveNanos, 50), percentile(saveNanos, 95));
        System.out.printf("  seen on the others p50 %6.1f ms  p95 %6.1f ms  (target p95 <= 1000 ms; %d of %d sightings)%n",
                percentile(seenNanos, 50), percentile(seenNanos, 95), seenNanos.size(), savesPerDesk * (DESKS - 1));
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
