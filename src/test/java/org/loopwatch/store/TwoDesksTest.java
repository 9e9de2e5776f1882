package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/** Two desks on one team database: conflicting and concurrent edits, and live news of each other's saves. */
@Tag("team")
class TwoDesksTest {

    private Database deskA;
    private Database deskB;
    private long athletes;
    private TeamDatabaseUrl url;

    @BeforeEach
    void twoDesksOnOneTeamDatabase() {
        PostgresTestServer server = PostgresTestServer.shared();
        url = server.newDatabase("desks");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
        deskA = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
        deskB = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
        athletes = groupId(deskA, "Athletes");
    }

    @AfterEach
    void closeDesks() {
        deskA.close();
        deskB.close();
    }

    @Test
    void aSaveOverARowChangedOnAnotherDeskIsRefusedWithBothValuesAndAudited() {
        ResultKey key = new ResultKey(JAN_4, athletes, Stage.ARRIVAL);
        deskA.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        VersionedResult readByA = deskA.results().findVersioned(key).orElseThrow();
        VersionedResult readByB = deskB.results().findVersioned(key).orElseThrow();

        VersionedResult savedByA = deskA.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 171, 2), readByA.version(), "");

        assertThat(savedByA.version()).isEqualTo(readByA.version() + 1);
        assertThatThrownBy(() -> deskB.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 175, 1), readByB.version(), ""))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.attempted().tests()).isEqualTo(175);
                    assertThat(e.stored()).hasValue(savedByA);
                    assertThat(e.getMessage()).contains("2 / 171").contains("1 / 175");
                });
        assertThat(deskB.results().find(key)).hasValue(result(JAN_4, athletes, Stage.ARRIVAL, 171, 2));
        assertThat(deskB.audit().find(AuditFilter.all()).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REFUSED_STALE);
            assertThat(entry.newValue()).contains("175");
            assertThat(entry.desk()).isNotBlank();
        });
        // Keeping theirs or replacing them is the person's choice: replacing with the version now stored works.
        assertThat(deskB.results().replace(result(JAN_4, athletes, Stage.ARRIVAL, 175, 1), savedByA.version(), "").result().tests())
                .isEqualTo(175);
    }

    @Test
    void aDeleteOfARowChangedOnAnotherDeskIsRefusedAndTheRowStays() {
        ResultKey key = new ResultKey(JAN_4, athletes, Stage.IN_LOOP);
        deskA.results().insert(result(JAN_4, athletes, Stage.IN_LOOP, 3_000, 1));
        VersionedResult readByB = deskB.results().findVersioned(key).orElseThrow();
        VersionedResult savedByA = deskA.results().replace(result(JAN_4, athletes, Stage.IN_LOOP, 3_000, 2),
                deskA.results().findVersioned(key).orElseThrow().version(), "");

        assertThatThrownBy(() -> deskB.results().delete(readByB, ""))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.stored()).hasValue(savedByA);
                    assertThat(e.getMessage()).contains("2 / 3,000").contains("not deleted");
                });
        assertThat(deskB.results().find(key)).hasValue(savedByA.result());
        assertThat(deskB.audit().find(AuditFilter.all()).getFirst().action()).isEqualTo(AuditAction.REFUSED_STALE);
        assertThat(deskB.results().delete(savedByA, "")).isEqualTo(savedByA.result());
        assertThat(deskB.results().find(key)).isEmpty();
    }

    @Test
    void aSaveOnOneDeskIsAnnouncedToTheOtherAndNotToItself() throws Exception {
        BlockingQueue<Set<String>> heardByB = new LinkedBlockingQueue<>();
        BlockingQueue<Set<String>> heardByA = new LinkedBlockingQueue<>();
        deskB.addChangeListener(heardByB::add);
        deskA.addChangeListener(heardByA::add);

        deskA.results().insert(result(JAN_4, athletes, Stage.IN_LOOP, 3_000, 1));
        deskA.days().close(JAN_4, "");

        List<Set<String>> heard = new ArrayList<>();
        while (heard.stream().noneMatch(tables -> tables.contains("day_status"))) {
            Set<String> next = heardByB.poll(20, TimeUnit.SECONDS);
            assertThat(next).as("desk B hears of desk A's saves").isNotNull();
            heard.add(next);
        }
        assertThat(heard).anySatisfy(tables -> assertThat(tables).contains("daily_results"));
        assertThat(deskB.days().isClosed(JAN_4)).as("a day closed on another desk is closed here").isTrue();
        assertThat(heardByA).as("desk A is not told of its own saves").isEmpty();
    }

    /*
     * Each notice names the transaction that sent it, and notices come in commit order (decision
     * 0067): once desk B is told of desk A's last save it has been told of the earlier ones.
     */
    @Test
    void eachNoticeNamesItsSavesTransactionAndTheyComeInCommitOrder() throws Exception {
        ToldTransactions toldToB = new ToldTransactions();
        deskB.addChangeListener(toldToB);
        List<Long> saved = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            deskA.results().insert(result(JAN_4.plusDays(day), athletes, Stage.IN_LOOP, 100, 1));
            saved.add(ToldTransactions.lastWriterOf(url, new ResultKey(JAN_4.plusDays(day), athletes, Stage.IN_LOOP)));
        }
        assertThat(saved).isSorted().doesNotHaveDuplicates();

        List<ToldTransactions.Told> told = toldToB.awaitToldOf(saved.getLast());
        assertThat(told).allSatisfy(batch -> assertThat(batch.tables()).containsExactly("daily_results"));
        assertThat(told).extracting(ToldTransactions.Told::transaction).isSorted()
                .allSatisfy(transaction -> assertThat(saved).contains(transaction)).endsWith(saved.getLast());
    }

    @Test
    void twoDesksSavingAtOnceLoseNothing() throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> saved = desks.invokeAll(List.of(saves(deskA, Stage.ARRIVAL), saves(deskB, Stage.IN_LOOP)));
            for (Future<Integer> future : saved) {
                assertThat(future.get()).isEqualTo(20);
            }
        } finally {
            desks.shutdownNow();
        }
        assertThat(deskA.results().count()).isEqualTo(40);
        assertThat(deskB.audit().count()).isEqualTo(40);
    }

    private Callable<Integer> saves(Database desk, Stage stage) {
        return () -> {
            for (int day = 0; day < 20; day++) {
                desk.results().insert(result(JAN_4.plusDays(day), athletes, stage, 100 + day, day % 3));
            }
            return 20;
        };
    }

    @Test
    void whereNoticesCannotBeHadTheOtherDeskStillHearsBecauseItPolls() throws Exception {
        BlockingQueue<Set<String>> heardByB = new LinkedBlockingQueue<>();
        try (TeamChangeWatcher polling = new TeamChangeWatcher((PostgresSession) deskB.session(), false)) {
            polling.add(heardByB::add);
            polling.start();
            // The first poll takes the newest audit row as it stands; keep saving until a later poll sees one.
            Set<String> heard = null;
            for (int day = 0; heard == null && day < 30; day++) {
                deskA.results().insert(result(JAN_4.plusDays(day), athletes, Stage.ARRIVAL, 10, 0));
                heard = heardByB.poll(2, TimeUnit.SECONDS);
            }
            assertThat(heard).isEqualTo(ChangeListener.EVERYTHING);
        }
    }
}
