package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartSeriesCache;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.store.TeamRole;
import org.loopwatch.store.ToldTransactions;
import org.loopwatch.store.VersionedResult;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.CurrentThreadTaskExecutor;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.TaskExecutor;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.TeamUpdates;
import org.loopwatch.ui.results.ScriptedDialogs;

/**
 * Two desks on one team database of a real PostgreSQL server, the dashboard open on desk B: after
 * random saves, edits and deletes from both desks, desk B's dashboard — refreshed by the other
 * desk's notices reading the results only, and by its own saves row by row — shows exactly what a
 * full read of the database shows (decision 0041), also when notices arrive during a refresh (0059).
 */
@Tag("team")
class TeamDashboardRefreshTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.of(2022, 1, 4);

    private Database deskA;
    private Database deskB;
    private final DeskThread deskBThread = new DeskThread();
    private final DataChanges deskBChanges = new DataChanges();
    private DashboardViewModel dashboardB;
    private TeamUpdates deskBUpdates;
    private List<Group> groups;
    private TeamDatabaseUrl url;

    @BeforeEach
    void twoDesksTheSecondWithItsDashboardOpen() throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        url = server.newDatabase("refresh");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
        deskA = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
        deskB = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
        groups = deskA.groups().findAll();
        for (int day = 0; day < 20; day++) {
            deskA.results().insert(new DailyResult(FIRST.plusDays(day), groups.getFirst().id(), Stage.IN_LOOP, 1_000, day % 4, ""));
        }
        AppServices services = new AppServices(deskB, deskBThread, new ScriptedDialogs(), deskBChanges, CLOCK,
                TeamAccess.team("desk-b", EnumSet.allOf(TeamRole.class)));
        dashboardB = onDeskB(() -> new DashboardViewModel(services));
        deskBUpdates = TeamUpdates.attach(deskB, services);
    }

    @AfterEach
    void closeDesks() {
        deskBThread.close();
        deskA.close();
        deskB.close();
    }

    @Test
    void afterRandomSavesFromTwoDesksTheDashboardShowsWhatAFullReadShows() throws Exception {
        AtomicInteger readsOfResultsOnly = new AtomicInteger();
        onDeskB(() -> {
            deskBChanges.versionProperty().addListener((observable, before, after) -> {
                if (deskBChanges.lastChangeOnlyResults() && deskBChanges.lastResultChange().isEmpty()) {
                    readsOfResultsOnly.incrementAndGet();
                }
            });
            return null;
        });
        Random random = new Random(17);
        for (int change = 0; change < 150; change++) {
            ResultKey key = new ResultKey(FIRST.plusDays(random.nextInt(40)), groups.get(random.nextInt(4)).id(),
                    random.nextBoolean() ? Stage.ARRIVAL : Stage.IN_LOOP);
            if (change % 2 == 0) {
                saveOrDelete(deskA, key, random);
            } else {
                // Desk B's own change, told to its screens row by row as the app's save does.
                onDeskB(() -> {
                    Optional<DailyResult> now = saveOrDelete(deskB, key, random);
                    deskBChanges.resultChanged(key, now);
                    return null;
                });
            }
        }

        awaitShowsAFullRead();
        assertThat(readsOfResultsOnly.get()).isPositive();
    }

    /*
     * Another desk's save of one day: desk B shows it, and its refresh computed again only the chart
     * points whose window or alert baseline holds that day, taking over the others (decision 0056).
     */
    @Test
    void anotherDesksSaveOfOneDayIsShownAndOnlyThatDaysPointsAreComputedAgain() throws Exception {
        awaitShowsAFullRead();
        List<Object> before = onDeskB(() -> series(dashboardB.snapshotProperty().get()));
        // The counts of the computation each new snapshot came from, taken as it is published: a
        // refresh after it (a late notice finding nothing new) computes nothing and would hide them.
        List<ChartSeriesCache.PointCounts> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        onDeskB(() -> {
            dashboardB.snapshotProperty().addListener((observable, was, now) ->
                    published.add(dashboardB.keptSeries().lastComputation()));
            return null;
        });
        ResultKey key = new ResultKey(FIRST.plusDays(10), groups.getFirst().id(), Stage.IN_LOOP);
        VersionedResult stored = deskA.results().findVersioned(key).orElseThrow();
        deskA.results().replace(new DailyResult(key.date(), key.groupId(), key.stage(), 1_500, 3, ""),
                stored.version(), "");
        awaitShowsAFullRead();

        // Shown: what a full read shows, and the charts differ from before the save.
        assertThat(onDeskB(() -> series(dashboardB.snapshotProperty().get()))).isNotEqualTo(before);
        // The period is the 20 days of data: the saved day and the 9 after it read it, the 10 before do not.
        assertThat(published).filteredOn(counts -> counts.computed() > 0).isNotEmpty()
                .allSatisfy(counts -> assertThat(counts.takenOver()).isGreaterThanOrEqualTo(counts.computed()));
    }

    /*
     * Desk B reads what changed since its last read, not what the notices named (decision 0046): saves
     * whose notices never reached it (listener detached, as when notices are dropped) are in the
     * figures after the next notice that does arrive.
     */
    @Test
    void savesWhoseNoticesWereLostShowWithTheNextNotice() throws Exception {
        awaitShowsAFullRead(); // desk B has read once: its mark is set
        deskB.removeChangeListener(deskBUpdates);
        Random random = new Random(46);
        for (int change = 0; change < 40; change++) {
            saveOrDelete(deskA, new ResultKey(FIRST.plusDays(random.nextInt(30)), groups.get(random.nextInt(4)).id(),
                    random.nextBoolean() ? Stage.ARRIVAL : Stage.IN_LOOP), random);
        }
        deskB.addChangeListener(deskBUpdates);
        deskA.results().insert(new DailyResult(FIRST.plusDays(45), groups.get(1).id(), Stage.ARRIVAL, 300, 2, ""));
        awaitShowsAFullRead();
        assertThat(onDeskB(() -> dashboardB.toProperty().get())).isEqualTo(FIRST.plusDays(45));
    }

    /*
     * Notices arriving while a refresh is under way (decision 0059): desk B's refresh after one save
     * of desk A is held after its read and computation, before its figures are shown; desk A saves
     * 20 more days meanwhile. None of them is lost — desk B ends up showing the last — and they are
     * folded into one more read, not one each (0041), whatever order the notices came in.
     */
    @Test
    void noticesDuringARefreshAreFoldedIntoOneMoreReadAndNoneIsLost() throws Exception {
        awaitShowsAFullRead();
        deskBThread.workApart(); // as in the app: hand-overs run while the refresh's work is under way
        AtomicInteger resultsReads = new AtomicInteger();
        onDeskB(() -> {
            deskBChanges.versionProperty().addListener((observable, before, after) -> resultsReads.incrementAndGet());
            return null;
        });
        ToldTransactions toldToB = new ToldTransactions();
        deskB.addChangeListener(toldToB);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        deskBThread.holdNextTask(held, release);

        deskA.results().insert(new DailyResult(FIRST.plusDays(30), groups.get(1).id(), Stage.ARRIVAL, 400, 1, ""));
        assertThat(held.await(30, TimeUnit.SECONDS)).as("desk B's refresh started").isTrue();
        for (int day = 31; day <= 50; day++) {
            deskA.results().insert(new DailyResult(FIRST.plusDays(day), groups.get(1).id(), Stage.ARRIVAL, 400, 1, ""));
        }
        // Until desk B has been told of the last save, and so of every one committed before it (decision 0067).
        toldToB.awaitToldOf(ToldTransactions.lastWriterOf(url, new ResultKey(FIRST.plusDays(50), groups.get(1).id(), Stage.ARRIVAL)));
        int readsBeforeRelease = resultsReads.get();
        release.countDown();

        awaitShowsAFullRead();
        assertThat(onDeskB(() -> dashboardB.toProperty().get())).isEqualTo(FIRST.plusDays(50));
        // Every notice had come before the release (notices come in commit order): one read for them all.
        assertThat(resultsReads.get() - readsBeforeRelease).isEqualTo(1);
    }

    private void awaitShowsAFullRead() throws Exception {
        CompletableFuture<Void> agrees = new CompletableFuture<>();
        onDeskB(() -> {
            InvalidationListener check = observable -> {
                if (!agrees.isDone() && showsAFullRead(dashboardB)) {
                    agrees.complete(null);
                }
            };
            dashboardB.snapshotProperty().addListener(check);
            dashboardB.busyProperty().addListener(check);
            check.invalidated(null);
            return null;
        });
        try {
            agrees.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("desk B's dashboard never showed what a full read shows", e);
        }
    }

    /* Inserts, replaces or deletes one row; what the row holds afterwards (empty: deleted or never there). */
    private static Optional<DailyResult> saveOrDelete(Database desk, ResultKey key, Random random) {
        Optional<VersionedResult> stored = desk.results().findVersioned(key);
        long tests = 100 + random.nextInt(900);
        DailyResult row = new DailyResult(key.date(), key.groupId(), key.stage(), tests, random.nextInt(5), "");
        if (stored.isEmpty()) {
            return Optional.of(desk.results().insert(row));
        }
        if (random.nextInt(3) == 0) {
            desk.results().delete(stored.get(), "");
            return Optional.empty();
        }
        return Optional.of(desk.results().replace(row, stored.get().version(), "").result());
    }

    /* Compares with a dashboard that reads everything now, through desk A's own session. */
    private boolean showsAFullRead(DashboardViewModel shown) {
        if (shown.busyProperty().get() || shown.snapshotProperty().get() == null) {
            return false;
        }
        DashboardSnapshot full = new DashboardViewModel(new AppServices(deskA, new CurrentThreadTaskExecutor(),
                new ScriptedDialogs(), new DataChanges(), CLOCK)).snapshotProperty().get();
        DashboardSnapshot now = shown.snapshotProperty().get();
        // The charts' series, not their requests: a request holds its index, which compares by identity.
        return now.tiles().equals(full.tiles()) && now.alerts().equals(full.alerts())
                && series(now).equals(series(full));
    }

    private static List<Object> series(DashboardSnapshot snapshot) {
        return snapshot.shownCharts().stream().map(chart -> (Object) chart.data().series()).toList();
    }

    private <T> T onDeskB(Callable<T> work) throws Exception {
        return deskBThread.executor.submit(work).get(30, TimeUnit.SECONDS);
    }

    /*
     * Desk B's screens thread and background thread in one, as in the 8-desk benchmark (work in
     * order), or apart as FxTaskExecutor runs them in the app: the screens' thread (view models,
     * callbacks, hand-overs) and one background thread running the work in order. In one thread a
     * hand-over queued during a refresh ran only after it, which hid a refresh that forgot the notices
     * folded meanwhile; apart it runs while the refresh's read is under way.
     */
    private static final class DeskThread implements TaskExecutor {

        final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "desk-b");
            thread.setDaemon(true);
            return thread;
        });
        private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "desk-b-background");
            thread.setDaemon(true);
            return thread;
        });
        private volatile boolean closed;
        /* Set while nothing runs: from then on, work runs on the background thread. */
        private volatile boolean apart;
        /* When set, the next task's work, once done, waits for {@code release} before its result is handed on. */
        private volatile CountDownLatch held;
        private volatile CountDownLatch release;

        void workApart() {
            apart = true;
        }

        void holdNextTask(CountDownLatch heldSignal, CountDownLatch releaseSignal) {
            release = releaseSignal;
            held = heldSignal;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean onTwo = apart;
            submit(onTwo ? background : executor, () -> {
                T result;
                try {
                    result = work.call();
                    CountDownLatch holding = held;
                    if (holding != null) {
                        held = null;
                        holding.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    }
                } catch (Exception e) {
                    callback(onTwo, () -> onFailure.accept(e));
                    return;
                }
                callback(onTwo, () -> onSuccess.accept(result));
            });
        }

        /* On the screens' thread: handed over when the work ran apart, else at once, on it already. */
        private void callback(boolean handOver, Runnable callback) {
            if (handOver) {
                later(callback);
            } else {
                callback.run();
            }
        }

        @Override
        public void later(Runnable action) {
            submit(executor, action);
        }

        /*
         * Once the test is over, work that a callback still running asks for is dropped: thrown on
         * a desk's thread, the refusal reached TestFX's handler of uncaught exceptions and failed
         * whichever GUI test ran next.
         */
        private void submit(ExecutorService to, Runnable task) {
            if (closed) {
                return;
            }
            try {
                to.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
                // close() ran between the check and the hand-over: the same as above
            }
        }

        @Override
        public void close() {
            closed = true;
            background.shutdownNow();
            executor.shutdownNow();
        }
    }
}
