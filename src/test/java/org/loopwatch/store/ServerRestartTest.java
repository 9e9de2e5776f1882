package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.result;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/**
 * The team server crashes and restarts while a desk saves: every acknowledged save is there
 * afterwards, every other save ended in a clear error, and the desk heard of the loss and the return.
 */
@Tag("team")
class ServerRestartTest {

    @Test
    void aServerRestartInTheMiddleOfSavesLeavesEachSaveStoredOrClearlyRefused() throws Exception {
        try (PostgresTestServer server = PostgresTestServer.startNew()) {
            TeamDatabaseUrl url = server.newDatabase("restart");
            Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
            List<DailyResult> acknowledged = new ArrayList<>();
            List<StoreException> refused = new ArrayList<>();
            BlockingQueue<Boolean> connection = new LinkedBlockingQueue<>();
            try (Database desk = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK)) {
                desk.addConnectionListener(connection::add);
                long athletes = groupId(desk, "Athletes");
                AtomicBoolean restarted = new AtomicBoolean();
                CountDownLatch saving = new CountDownLatch(5);
                CompletableFuture<Void> saves = CompletableFuture.runAsync(() -> {
                    for (int day = 0; !restarted.get() || day < 60 + acknowledged.size() / 2; day++) {
                        DailyResult row = result(JAN_4.plusDays(day), athletes, Stage.ARRIVAL, 100 + day, 1);
                        try {
                            desk.results().insert(row);
                            acknowledged.add(row);
                        } catch (StoreException e) {
                            refused.add(e);
                        }
                        saving.countDown();
                        if (day > 2_000) {
                            return;
                        }
                    }
                });
                assertThat(saving.await(60, TimeUnit.SECONDS)).isTrue();

                server.crashAndRestart();
                restarted.set(true);
                saves.get(120, TimeUnit.SECONDS);

                assertThat(refused).allSatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(Problem.CONNECTION_LOST);
                    assertThat(e.getMessage()).contains(url.toString());
                });
                assertThat(desk.results().findAll()).containsAll(acknowledged);
                assertThat(desk.results().count()).isEqualTo(acknowledged.size());
                assertThat(connection.poll(30, TimeUnit.SECONDS)).as("told the connection was lost").isFalse();
                assertThat(connection.poll(30, TimeUnit.SECONDS)).as("told it is back").isTrue();
            }
            try (Database after = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK)) {
                assertThat(after.results().findAll()).containsAll(acknowledged);
            }
        }
    }
}
