package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a batch of change notices is read (decision 0067): tables and the last notice's transaction. */
class TeamChangeNoticesTest {

    @Test
    void aBatchNamesItsTablesOnceAndTheTransactionOfItsLastNotice() {
        TeamChangeWatcher.Notices notices = TeamChangeWatcher.Notices.of(
                List.of("daily_results:1201", "day_status:1202", "daily_results:1203"));
        assertThat(notices.tables()).containsExactlyInAnyOrder("daily_results", "day_status");
        assertThat(notices.lastTransaction()).isEqualTo(1203);
    }

    @Test
    void aNoticeOfASchemaBeforeTransactionsNamesItsTableAndNoTransaction() {
        TeamChangeWatcher.Notices notices = TeamChangeWatcher.Notices.of(List.of("daily_results:1201", "groups"));
        assertThat(notices.tables()).containsExactlyInAnyOrder("daily_results", "groups");
        assertThat(notices.lastTransaction()).isEqualTo(1201);
        assertThat(TeamChangeWatcher.Notices.of(List.of("groups")).lastTransaction())
                .isEqualTo(ChangeListener.UNKNOWN_TRANSACTION);
    }

    @Test
    void aTransactionThatIsNotANumberIsUnknownAndTheTableStillCounts() {
        TeamChangeWatcher.Notices notices = TeamChangeWatcher.Notices.of(List.of("daily_results:1201", "settings:x"));
        assertThat(notices.tables()).containsExactlyInAnyOrder("daily_results", "settings");
        assertThat(notices.lastTransaction()).isEqualTo(ChangeListener.UNKNOWN_TRANSACTION);
    }

    @Test
    void ownNoticesLeftOutLeaveNothing() {
        assertThat(TeamChangeWatcher.Notices.of(List.of()).tables()).isEmpty();
    }
}
