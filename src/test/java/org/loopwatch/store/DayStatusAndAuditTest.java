package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.NOW;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Stage;

class DayStatusAndAuditTest {

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = openNew(folder);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void closingADayRecordsWhoAndWhenAndIsAudited() {
        assertThat(database.days().close(JAN_4, "checked with the lab")).isTrue();
        assertThat(database.days().close(JAN_4, "again")).isFalse();

        assertThat(database.days().isClosed(JAN_4)).isTrue();
        assertThat(database.days().isClosed(JAN_4.plusDays(1))).isFalse();
        assertThat(database.days().findClosed())
                .containsExactly(new DayClosure(JAN_4, NOW, System.getProperty("user.name")));
        AuditEntry entry = database.audit().find(AuditFilter.all()).getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.CLOSE_DAY);
        assertThat(entry.date()).contains(JAN_4);
        assertThat(entry.reason()).isEqualTo("checked with the lab");
        assertThat(database.audit().count()).isEqualTo(1);
    }

    @Test
    void reopeningAClosedDayNeedsAReasonAndIsAudited() {
        database.days().close(JAN_4, "");

        assertThatThrownBy(() -> database.days().reopen(JAN_4, "")).isInstanceOf(ReasonRequiredException.class);
        assertThat(database.days().isClosed(JAN_4)).isTrue();

        assertThat(database.days().reopen(JAN_4, "lab corrected Media")).isTrue();
        assertThat(database.days().isClosed(JAN_4)).isFalse();
        assertThat(database.audit().find(AuditFilter.all()).getFirst().action()).isEqualTo(AuditAction.REOPEN_DAY);

        assertThat(database.days().close(JAN_4, "")).isTrue();
        assertThat(database.days().isClosed(JAN_4)).isTrue();
    }

    @Test
    void theAuditLogFiltersByDayGroupAndActionNewestFirst() {
        long athletes = groupId(database, "Athletes");
        long media = groupId(database, "Media");
        database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        database.results().insert(result(JAN_4.plusDays(1), media, Stage.ARRIVAL, 50, 1));
        database.results().insert(result(JAN_4.plusDays(2), athletes, Stage.IN_LOOP, 175, 0));
        database.results().delete(result(JAN_4.plusDays(2), athletes, Stage.IN_LOOP, 0, 0).key(), "wrong day");

        assertThat(database.audit().find(AuditFilter.all())).hasSize(4)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETE, AuditAction.INSERT, AuditAction.INSERT, AuditAction.INSERT);
        assertThat(database.audit().find(AuditFilter.all().withGroup(athletes))).hasSize(3);
        assertThat(database.audit().find(AuditFilter.all().withAction(AuditAction.DELETE))).hasSize(1);
        assertThat(database.audit().find(AuditFilter.all().withAffectedDays(JAN_4.plusDays(1), JAN_4.plusDays(2))))
                .extracting(entry -> entry.date().orElseThrow())
                .containsExactly(JAN_4.plusDays(2), JAN_4.plusDays(2), JAN_4.plusDays(1));
        assertThat(database.audit().find(AuditFilter.all().withChangedBetween(NOW, NOW.plusSeconds(1)))).hasSize(4);
        assertThat(database.audit().find(AuditFilter.all().withChangedBetween(NOW.plus(Duration.ofHours(1)), null))).isEmpty();
        assertThat(database.audit().find(AuditFilter.all().withLimit(2))).hasSize(2);
    }
}
