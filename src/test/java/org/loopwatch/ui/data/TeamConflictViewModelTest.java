package org.loopwatch.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.store.VersionedResult;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.CurrentThreadTaskExecutor;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.results.ScriptedDialogs;

/**
 * Two desks on one team database of a real PostgreSQL server, the data screen on one of them: an
 * edit of a row the other desk saved meanwhile is refused, audited with user and desk, and the
 * person sees both values and chooses (SPEC §3.1: no lost update).
 */
@Tag("team")
class TeamConflictViewModelTest {

    private static final LocalDate JAN_5 = LocalDate.of(2022, 1, 5);

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database deskA;
    private Database deskB;
    private DataViewModel data;
    private ResultKey key;

    @BeforeEach
    void twoDesksAndARowBothHaveRead() {
        PostgresTestServer server = PostgresTestServer.shared();
        TeamDatabaseUrl url = server.newDatabase("conflict");
        Database.teamInit(url, PostgresTestServer.superuserPassword(), Clock.systemUTC()).close();
        deskA = Database.connect(url, PostgresTestServer.superuserPassword(), Clock.systemUTC());
        deskB = Database.connect(url, PostgresTestServer.superuserPassword(), Clock.systemUTC());
        long athletes = deskA.groups().findByName("Athletes").orElseThrow().id();
        key = new ResultKey(JAN_5, athletes, Stage.ARRIVAL);
        deskA.results().insert(new DailyResult(JAN_5, athletes, Stage.ARRIVAL, 171, 0, ""));
        data = new DataViewModel(new AppServices(deskA, new CurrentThreadTaskExecutor(), dialogs, new DataChanges(),
                Clock.systemUTC()));
        data.reload();
        VersionedResult readByB = deskB.results().findVersioned(key).orElseThrow();
        deskB.results().replace(new DailyResult(JAN_5, athletes, Stage.ARRIVAL, 171, 2, "recount"), readByB.version(), "");
    }

    @AfterEach
    void closeDesks() {
        deskA.close();
        deskB.close();
    }

    @Test
    void aStaleEditShowsBothValuesKeepsTheirsWhenChosenAndIsAuditedWithUserAndDesk() {
        dialogs.answerConfirm(false);

        data.edit(data.shownRows().getFirst(), ValidationProblem.NOTE, "lab delay");

        assertThat(dialogs.confirmations.getLast()).startsWith("Changed on another desk meanwhile")
                .contains("2 positives in 171 tests (note: recount)").contains("0 positives in 171 tests (note: lab delay)");
        assertThat(deskB.results().find(key).orElseThrow().note()).isEqualTo("recount");
        assertThat(deskB.audit().find(AuditFilter.all()).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REFUSED_STALE);
            assertThat(entry.osUser()).isEqualTo(PostgresTestServer.SUPERUSER);
            assertThat(entry.desk()).isNotBlank();
            assertThat(entry.newValue()).contains("lab delay");
        });
        assertThat(data.messageProperty().get()).isEqualTo("Not changed.");
    }

    @Test
    void replacingTheirsWithMineSavesOverTheVersionNowStored() {
        dialogs.answerConfirm(true);

        data.edit(data.shownRows().getFirst(), ValidationProblem.NOTE, "lab delay");

        DailyResult stored = deskB.results().find(key).orElseThrow();
        assertThat(stored.note()).isEqualTo("lab delay");
        assertThat(stored.positives()).isZero();
        assertThat(dialogs.confirmations).hasSize(1);
    }
}
