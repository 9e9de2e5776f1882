package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.store.ChangeListener;
import org.loopwatch.ui.TeamUpdates;
import org.loopwatch.ui.UiTestDatabase;

/**
 * Other desks' notices as {@link TeamUpdates} passes them to the screens, without a server: the
 * notices are handed to it as the change watcher would, the other desks' saves are written to the
 * test's database. Work runs at once, or is held as if the one background thread were busy.
 */
class TeamNoticesViewModelTest {

    private static final LocalDate LAST_JANUARY_DAY = DashboardFixtures.JAN_22;

    @RegisterExtension
    final UiTestDatabase db = UiTestDatabase.forEachTest();

    private TeamUpdates updates;
    private DashboardViewModel dashboard;
    private final List<Boolean> refreshesOnlyOfResults = new ArrayList<>();

    @BeforeEach
    void aDeskWithItsDashboardListeningToTheTeam() {
        DashboardFixtures.publishedJanuary(db);
        dashboard = new DashboardViewModel(db.services());
        updates = TeamUpdates.attach(db.database(), db.services());
        db.changes().versionProperty().addListener((observable, before, after) ->
                refreshesOnlyOfResults.add(db.changes().lastChangeOnlyResults()));
    }

    @Test
    void twoHundredNoticesDuringOneRefreshAreFoldedIntoOneMoreThatShowsWhatAFreshReadShows() {
        db.synchronousTasks().hold(); // the background thread is busy with the first refresh's reads
        for (int day = 1; day <= 200; day++) {
            db.stored(LAST_JANUARY_DAY.plusDays(day), "Media", Stage.IN_LOOP, 100 + day, day % 3); // another desk's save
            updates.changed(Set.of("daily_results"));
        }
        db.synchronousTasks().release();

        // The first notice's refresh, and one more for the 199 that came during it; not 200.
        assertThat(refreshesOnlyOfResults).containsExactly(true, true);
        assertThat(dashboard.toProperty().get()).isEqualTo(LAST_JANUARY_DAY.plusDays(200));
        assertThat(dashboard.busyProperty().get()).isFalse();
        DashboardSnapshot freshRead = new DashboardViewModel(db.services()).snapshotProperty().get();
        assertThat(dashboard.snapshotProperty().get().tiles()).isEqualTo(freshRead.tiles());
        assertThat(dashboard.snapshotProperty().get().alerts()).isEqualTo(freshRead.alerts());
    }

    @Test
    void aNoticeOfAnotherTableFoldedWithResultsOnesMakesTheNextRefreshReadEverything() {
        db.synchronousTasks().hold();
        db.stored(LAST_JANUARY_DAY.plusDays(1), "Media", Stage.IN_LOOP, 500, 1);
        updates.changed(Set.of("daily_results"));
        long media = db.groupId("Media");
        db.database().groups().rename(media, "Press");
        updates.changed(Set.of("groups"));
        db.stored(LAST_JANUARY_DAY.plusDays(2), "Press", Stage.IN_LOOP, 600, 2);
        updates.changed(Set.of("daily_results"));
        db.synchronousTasks().release();

        assertThat(refreshesOnlyOfResults).containsExactly(true, false);
        assertThat(dashboard.subjects()).extracting(ChartSubject::name).contains("Press").doesNotContain("Media");
        assertThat(dashboard.toProperty().get()).isEqualTo(LAST_JANUARY_DAY.plusDays(2));
    }

    @Test
    void aNoticeAfterAReconnectReadsEverything() {
        updates.changed(ChangeListener.EVERYTHING);
        updates.changed(Set.of("daily_results"));

        assertThat(refreshesOnlyOfResults).containsExactly(false, true);
    }
}
