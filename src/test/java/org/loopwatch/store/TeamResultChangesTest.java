package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.store.StoreTestSupport.CLOCK;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/**
 * A desk that reads only the results changed since its last read (decision 0046) holds exactly
 * what reading every row holds: after random saves, edits and deletions from two desks, after a
 * transaction that commits late, and on a database upgraded from schema 2.
 */
@Tag("team")
class TeamResultChangesTest {

    private static final LocalDate FIRST = LocalDate.of(2022, 1, 4);

    @Test
    void changesReadSinceTheLastReadGiveWhatAFullReadGives() {
        TeamDatabaseUrl url = PostgresTestServer.shared().newDatabase("changes");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
        try (Database deskA = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
             Database deskB = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK)) {
            List<Group> groups = deskA.groups().findAll();
            long mark = deskB.resultChanges().changeMark().orElseThrow();
            ResultIndex followed = deskB.results().index();
            Random random = new Random(46);
            int deletions = 0;
            for (int change = 0; change < 300; change++) {
                ResultKey key = new ResultKey(FIRST.plusDays(random.nextInt(60)), groups.get(random.nextInt(groups.size())).id(),
                        random.nextBoolean() ? Stage.ARRIVAL : Stage.IN_LOOP);
                deletions += saveEditOrDelete(change % 3 == 0 ? deskB : deskA, key, random) ? 1 : 0;
                if (random.nextInt(10) == 0) { // reads now and then, a few changes at a time or many
                    ResultChanges changes = deskB.resultChanges().changesSince(mark);
                    followed = followed.withAll(changes.rows());
                    mark = changes.mark();
                }
            }
            followed = followed.withAll(deskB.resultChanges().changesSince(mark).rows());

            ResultIndex full = deskB.results().index();
            assertThat(deletions).as("deletions exercised").isPositive();
            assertThat(followed.cellsDiffering(full)).isEmpty();
            assertThat(followed.size()).isEqualTo(full.size());
            assertThat(followed.firstDate()).isEqualTo(full.firstDate());
            assertThat(followed.lastDate()).isEqualTo(full.lastDate());
        }
    }

    @Test
    void aTransactionThatCommitsAfterAReadIsReadTheTimeAfter() throws Exception {
        TeamDatabaseUrl url = PostgresTestServer.shared().newDatabase("latecommit");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), CLOCK).close();
        try (Database desk = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
             Connection late = new PostgresConnections(url, PostgresTestServer.superuserPassword()).open()) {
            long group = desk.groups().findAll().getFirst().id();
            late.setAutoCommit(false);
            try (Statement statement = late.createStatement()) {
                statement.executeUpdate("INSERT INTO loopwatch.daily_results (date, group_id, stage, tests, positives, updated_at) "
                        + "VALUES (DATE '2022-01-04', " + group + ", 'arrival', 500, 3, now())");
            }
            long mark = desk.resultChanges().changeMark().orElseThrow();
            // A save by another transaction that started later commits first; the late one is still open.
            desk.results().insert(new DailyResult(FIRST.plusDays(1), group, Stage.ARRIVAL, 400, 1, ""));
            ResultChanges first = desk.resultChanges().changesSince(mark);
            assertThat(first.rows()).containsOnlyKeys(new ResultKey(FIRST.plusDays(1), group, Stage.ARRIVAL));

            late.commit();
            ResultChanges second = desk.resultChanges().changesSince(first.mark());
            assertThat(second.rows()).containsKey(new ResultKey(FIRST, group, Stage.ARRIVAL));
            ResultIndex followed = ResultIndex.of(List.of()).withAll(first.rows()).withAll(second.rows());
            assertThat(followed.cellsDiffering(desk.results().index())).isEmpty();
        }
    }

    @Test
    void aDatabaseOfSchemaTwoKeepsItsResultsAndIsThenReadByChanges() throws Exception {
        TeamDatabaseUrl url = PostgresTestServer.shared().newDatabase("fromtwo");
        try (Connection connection = new PostgresConnections(url, PostgresTestServer.superuserPassword()).open()) {
            PostgresSchema.createRolesAndSchema(connection);
            assertThat(PostgresSchema.migrate(connection, 2, version -> Migrations.statements(
                    Migrations.read("/org/loopwatch/db/postgresql/", "V%03d.sql".formatted(version))))).isEqualTo(2);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO loopwatch.daily_results (date, group_id, stage, tests, positives, updated_at) "
                        + "SELECT DATE '2022-01-04' + n, (SELECT min(id) FROM loopwatch.groups), 'in_loop', 100 + n, n % 5, now() "
                        + "FROM generate_series(0, 29) n");
            }
        }
        try (Database deskA = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK);
             Database deskB = Database.connect(url, PostgresTestServer.superuserPassword(), CLOCK)) {
            assertThat(schemaVersion(url)).isEqualTo(PostgresSchema.latestVersion());
            assertThat(deskB.results().count()).isEqualTo(30);
            long mark = deskB.resultChanges().changeMark().orElseThrow();
            ResultIndex followed = deskB.results().index();
            assertThat(followed.size()).isEqualTo(30);

            long group = deskA.groups().findAll().getFirst().id();
            ResultKey old = new ResultKey(FIRST.plusDays(10), group, Stage.IN_LOOP);
            deskA.results().delete(deskA.results().findVersioned(old).orElseThrow(), "");
            deskA.results().insert(new DailyResult(FIRST.plusDays(40), group, Stage.ARRIVAL, 700, 7, ""));
            ResultChanges changes = deskB.resultChanges().changesSince(mark);
            assertThat(changes.rows()).as("only what changed, not the 30 rows from before the upgrade")
                    .containsOnlyKeys(old, new ResultKey(FIRST.plusDays(40), group, Stage.ARRIVAL));
            assertThat(changes.rows().get(old)).isEmpty();
            followed = followed.withAll(changes.rows());
            assertThat(followed.cellsDiffering(deskB.results().index())).isEmpty();
            assertThat(followed.size()).isEqualTo(30);
        }
    }

    private static int schemaVersion(TeamDatabaseUrl url) throws SQLException {
        try (Connection connection = new PostgresConnections(url, PostgresTestServer.superuserPassword()).open()) {
            return PostgresSchema.version(connection);
        }
    }

    /* Inserts, edits or deletes the row of {@code key}; true when it deleted. */
    private static boolean saveEditOrDelete(Database desk, ResultKey key, Random random) {
        Optional<VersionedResult> stored = desk.results().findVersioned(key);
        DailyResult row = new DailyResult(key.date(), key.groupId(), key.stage(), 100 + random.nextInt(900), random.nextInt(5), "");
        if (stored.isEmpty()) {
            desk.results().insert(row);
            return false;
        }
        if (random.nextInt(3) == 0) {
            desk.results().delete(stored.get(), "");
            return true;
        }
        desk.results().replace(row, stored.get().version(), "");
        return false;
    }
}
