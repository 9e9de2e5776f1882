package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopwatch.store.TeamRole;

/** What a seat may do and what waits for a lost connection; no toolkit, no server. */
class TeamAccessTest {

    @Test
    void savesMadeWhileTheConnectionIsLostRunOnceItIsBackAndNotBefore() {
        TeamAccess access = TeamAccess.team("alice", EnumSet.of(TeamRole.ANALYST, TeamRole.ENTRY));
        List<String> ran = new ArrayList<>();

        access.connectionChanged(false);
        access.whenConnected(() -> ran.add("save 1"));
        access.whenConnected(() -> ran.add("save 2"));
        assertThat(ran).isEmpty();
        assertThat(access.waitingCount()).isEqualTo(2);
        assertThat(access.waitingCountProperty().get()).as("what the banner counts").isEqualTo(2);

        access.connectionChanged(true);
        assertThat(ran).containsExactly("save 1", "save 2");
        assertThat(access.waitingCount()).isZero();
        assertThat(access.waitingCountProperty().get()).isZero();
        access.whenConnected(() -> ran.add("save 3"));
        assertThat(ran).containsExactly("save 1", "save 2", "save 3");
    }

    @Test
    void anEntryClerkIsToldThatClosingDaysNeedsTheAdminRole() {
        TeamAccess clerk = TeamAccess.team("alice", EnumSet.of(TeamRole.ANALYST, TeamRole.ENTRY));

        assertThat(clerk.may(TeamAccess.Work.RESULTS)).isTrue();
        assertThat(clerk.refusal(TeamAccess.Work.RESULTS)).isEmpty();
        assertThat(clerk.refusal(TeamAccess.Work.DAYS)).hasValueSatisfying(text ->
                assertThat(text).contains("loopwatch_admin").contains("alice").contains("loopwatch_entry"));
        assertThat(TeamAccess.team("bob", EnumSet.noneOf(TeamRole.class)).refusal(TeamAccess.Work.RESULTS))
                .hasValueSatisfying(text -> assertThat(text).contains("loopwatch_entry").contains("no LoopWatch role"));
        assertThat(TeamAccess.singleSeat().refusal(TeamAccess.Work.SETTINGS)).isEmpty();
    }
}
