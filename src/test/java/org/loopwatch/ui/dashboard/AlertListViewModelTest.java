package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;

/** The dashboard's alert list without a robot or toolkit: acknowledge with a note, audited, kept in the list. */
class AlertListViewModelTest {

    /** A desk in Beijing: the acknowledgement's time is shown in its zone, and says which. */
    @RegisterExtension
    final UiTestDatabase db = UiTestDatabase.forEachTest(UiTestDatabase.CLOCK.withZone(ZoneId.of("Asia/Shanghai")),
            new ScriptedDialogs());

    private AlertListViewModel alerts() {
        DashboardFixtures.publishedJanuary(db);
        return new DashboardViewModel(db.services()).alerts();
    }

    @Test
    void theFlaggedDayIsListedWithItsExplanationAndNotAcknowledged() {
        AlertListViewModel alerts = alerts();

        assertThat(alerts.rows()).singleElement().satisfies(row -> {
            assertThat(row.cell()).isEqualTo(new ResultKey(DashboardFixtures.JAN_22, db.groupId("Team officials"),
                    Stage.IN_LOOP));
            assertThat(row.explanation()).startsWith("Team officials, In-loop, 22 Jan: 5 positives in 1,000 tests")
                    .contains("baseline 1 of 14,000 on 14 of the 14 days before");
            assertThat(alerts.status(row)).isEqualTo("Not acknowledged yet");
        });
        assertThat(alerts.headingProperty().get()).isEqualTo("Alerts in the period: 1 not acknowledged, 0 acknowledged");
    }

    @Test
    void acknowledgingNeedsANoteIsAuditedAndTheAlertStaysListedAsAcknowledged() {
        AlertListViewModel alerts = alerts();
        alerts.selectedProperty().set(alerts.rows().get(0));
        assertThat(alerts.canAcknowledgeProperty().get()).as("no note yet").isFalse();
        long before = db.database().audit().count();

        alerts.noteProperty().set("   ");
        alerts.acknowledge();
        assertThat(alerts.messageProperty().get()).startsWith("Write a note first");
        assertThat(db.database().audit().count()).isEqualTo(before);

        alerts.noteProperty().set("Officials' hotel: 5 in one delegation, contacts isolated");
        assertThat(alerts.canAcknowledgeProperty().get()).isTrue();
        alerts.acknowledge();

        assertThat(alerts.rows()).singleElement().satisfies(row -> {
            assertThat(row.acknowledged()).isTrue();
            assertThat(alerts.status(row)).startsWith("Acknowledged 22 Jan 2022 16:00 (Asia/Shanghai, UTC+08:00) by ")
                    .endsWith(": Officials' hotel: 5 in one delegation, contacts isolated");
        });
        assertThat(alerts.headingProperty().get()).isEqualTo("Alerts in the period: 0 not acknowledged, 1 acknowledged");
        assertThat(alerts.noteProperty().get()).isEmpty();
        assertThat(db.database().audit().find(AuditFilter.all()))
                .filteredOn(entry -> entry.action() == AuditAction.ACKNOWLEDGE).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.entity()).isEqualTo(AuditEntity.ALERT);
                    assertThat(entry.date()).hasValue(DashboardFixtures.JAN_22);
                });
    }

    @Test
    void aPeriodWithoutFlaggedDaysSaysSo() {
        DashboardFixtures.publishedJanuary(db);
        DashboardViewModel dashboard = new DashboardViewModel(db.services());
        dashboard.toProperty().set(LocalDate.of(2022, 1, 21));

        assertThat(dashboard.alerts().rows()).isEmpty();
        assertThat(dashboard.alerts().headingProperty().get()).isEqualTo("No alerts in the period");
    }

    /*
     * Acknowledgements are read again only after a change that may have acknowledged (decision 0056):
     * one made elsewhere (another desk, told as "anything changed") shows; a save of results alone
     * keeps the acknowledgements read before and the list as it was.
     */
    @Test
    void anAcknowledgementMadeElsewhereShowsAfterTheChangeIsTold() {
        AlertListViewModel alerts = alerts();
        ResultKey cell = alerts.rows().get(0).cell();

        db.database().alerts().acknowledge(cell, "Seen at the other desk");
        db.services().changes().resultsChanged(); // results only: nothing here may have acknowledged
        assertThat(alerts.rows()).singleElement().satisfies(row -> assertThat(row.acknowledged()).isFalse());

        db.services().changes().changed(); // as another desk's acknowledgement is told
        assertThat(alerts.rows()).singleElement().satisfies(row -> {
            assertThat(row.acknowledged()).isTrue();
            assertThat(alerts.status(row)).endsWith(": Seen at the other desk");
        });
        assertThat(alerts.headingProperty().get()).isEqualTo("Alerts in the period: 0 not acknowledged, 1 acknowledged");
    }
}
