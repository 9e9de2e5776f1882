package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.Rollup;

class SettingsEventAndRollupTest {

    @TempDir
    Path folder;

    @Test
    void settingsStartAtTheBuiltInDefaultsAndKeepWhatWasChosen() {
        try (Database database = openNew(folder)) {
            SettingsRepository settings = database.settings();
            assertThat(settings.rollingWindowDays()).isEqualTo(7);
            assertThat(settings.intervalMethod()).isEqualTo(IntervalMethod.WILSON);
            assertThat(settings.confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_FIVE);

            settings.setRollingWindowDays(14);
            settings.setIntervalMethod(IntervalMethod.CLOPPER_PEARSON);
            settings.setConfidenceLevel(ConfidenceLevel.NINETY_NINE);
            settings.setConfidenceLevel(ConfidenceLevel.NINETY_NINE);
            assertThat(database.audit().find(AuditFilter.all())).hasSize(3)
                    .allSatisfy(entry -> assertThat(entry.entity()).isEqualTo(AuditEntity.SETTING));
            assertThatThrownBy(() -> settings.setRollingWindowDays(5)).isInstanceOf(IllegalArgumentException.class);
        }
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(database.settings().rollingWindowDays()).isEqualTo(14);
            assertThat(database.settings().intervalMethod()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
            assertThat(database.settings().confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_NINE);
        }
    }

    @Test
    void theEventAndItsKeyDatesAreSavedInDateOrder() {
        try (Database database = openNew(folder)) {
            EventRepository events = database.event();
            assertThat(events.find()).isEmpty();

            events.save(new Event("Beijing 2022", LocalDate.of(2022, 1, 4), Optional.empty()));
            events.save(new Event("Beijing 2022", LocalDate.of(2022, 1, 4), Optional.of(LocalDate.of(2022, 3, 16))));
            KeyDate paralympics = events.addKeyDate(LocalDate.of(2022, 3, 4), "Paralympics open");
            KeyDate games = events.addKeyDate(LocalDate.of(2022, 2, 4), "Games open");

            assertThat(events.find()).contains(
                    new Event("Beijing 2022", LocalDate.of(2022, 1, 4), Optional.of(LocalDate.of(2022, 3, 16))));
            assertThat(events.keyDates()).containsExactly(games, paralympics);
            events.removeKeyDate(games.id());
            assertThat(events.keyDates()).containsExactly(paralympics);
            assertThatThrownBy(() -> events.removeKeyDate(games.id())).isInstanceOf(NoSuchItemException.class);
            assertThat(database.audit().find(AuditFilter.all())).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.DELETE, AuditAction.INSERT, AuditAction.INSERT,
                            AuditAction.UPDATE, AuditAction.INSERT);
        }
    }

    @Test
    void rollupsAreAddedRenamedWithUniqueNamesAndAudited() {
        try (Database database = openNew(folder)) {
            RollupRepository rollups = database.rollups();
            long operating = groupId(database, "Operating staff");
            long media = groupId(database, "Media");

            Rollup others = rollups.add("Other stakeholders", List.of(media, operating));

            assertThat(others.memberGroupIds()).containsExactly(operating, media);
            assertThat(rollups.findAll()).extracting(Rollup::name)
                    .containsExactly(Rollup.ATHLETES_AND_TEAM_OFFICIALS, Rollup.ALL_GROUPS, "Other stakeholders");
            assertThatThrownBy(() -> rollups.rename(others.id(), "all GROUPS")).isInstanceOf(NameTakenException.class);
            assertThat(rollups.setMembers(others.id(), List.of(media)).memberGroupIds()).containsExactly(media);
            rollups.delete(others.id());
            assertThat(rollups.findAll()).hasSize(2);
            assertThat(database.audit().find(AuditFilter.all())).hasSize(3)
                    .allSatisfy(entry -> assertThat(entry.entity()).isEqualTo(AuditEntity.ROLLUP));
        }
    }
}
