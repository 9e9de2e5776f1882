package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/** Alert rules and acknowledgements in a real SQLite file: kept, audited, copied (issue 21). */
class AlertStoreTest {

    private static final AlertRule STRICT = new AlertRule(0.001, 3, OptionalDouble.of(0.001));

    @TempDir
    Path folder;

    @Test
    void rulesStartAtTheDefaultsAndKeepWhatWasSetAcrossOpenings() {
        long staff;
        try (Database database = openNew(folder)) {
            staff = groupId(database, "Operating staff");
            assertThat(database.alertRules().load()).isEqualTo(AlertRules.DEFAULTS);

            database.alertRules().put(AlertRuleKey.ofGroup(staff, Stage.IN_LOOP), STRICT);
            database.alertRules().put(AlertRuleKey.stageDefault(Stage.ARRIVAL), new AlertRule(0.05, 2, OptionalDouble.empty()));
        }
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK)) {
            AlertRules rules = database.alertRules().load();
            assertThat(rules.ruleFor(staff, Stage.IN_LOOP)).isEqualTo(STRICT);
            assertThat(rules.ruleFor(staff, Stage.ARRIVAL).alpha()).isEqualTo(0.05);
            assertThat(rules.ruleFor(staff + 1, Stage.IN_LOOP)).isEqualTo(AlertRule.DEFAULT);
        }
    }

    @Test
    void everyRuleChangeIsAuditedWithOldAndNewValuesAndARepeatIsNot() {
        try (Database database = openNew(folder)) {
            long staff = groupId(database, "Operating staff");
            AlertRuleKey key = AlertRuleKey.ofGroup(staff, Stage.IN_LOOP);
            long before = database.audit().count();

            database.alertRules().put(key, AlertRule.DEFAULT);
            database.alertRules().put(key, STRICT);
            database.alertRules().put(key, STRICT);
            database.alertRules().remove(key);
            database.alertRules().remove(key);

            List<AuditEntry> rows = database.audit().find(AuditFilter.all()).stream()
                    .filter(entry -> entry.entity() == AuditEntity.ALERT_RULE).toList();
            assertThat(database.audit().count()).isEqualTo(before + 3);
            assertThat(rows).extracting(AuditEntry::action)
                    .containsExactlyInAnyOrder(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE);
            AuditEntry update = rows.stream().filter(entry -> entry.action() == AuditAction.UPDATE).findFirst().orElseThrow();
            assertThat(update.entityKey()).isEqualTo("Operating staff / in_loop");
            assertThat(update.oldValue()).isEqualTo("{\"alpha\": 0.01, \"min_positives\": 2, \"threshold\": null}");
            assertThat(update.newValue()).isEqualTo("{\"alpha\": 0.001, \"min_positives\": 3, \"threshold\": 0.001}");
            assertThat(database.alertRules().load()).isEqualTo(AlertRules.DEFAULTS);
        }
    }

    @Test
    void anAcknowledgementNeedsANoteIsAuditedAndARepeatKeepsTheOldNoteInTheLog() {
        try (Database database = openNew(folder)) {
            ResultKey cell = new ResultKey(JAN_4, groupId(database, "Media"), Stage.ARRIVAL);
            long before = database.audit().count();

            assertThatThrownBy(() -> database.alerts().acknowledge(cell, "   "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a note");
            assertThat(database.audit().count()).isEqualTo(before);
            assertThat(database.alerts().findAll()).isEmpty();

            database.alerts().acknowledge(cell, " Lab re-ran the batch; one household ");
            database.alerts().acknowledge(cell, "Household cluster, contacts isolated");

            AlertAcknowledgement stored = database.alerts().findAll().get(cell);
            assertThat(stored.note()).isEqualTo("Household cluster, contacts isolated");
            assertThat(stored.at()).isEqualTo(StoreTestSupport.NOW);
            assertThat(stored.by()).isNotBlank();
            List<AuditEntry> rows = database.audit().find(AuditFilter.all()).stream()
                    .filter(entry -> entry.action() == AuditAction.ACKNOWLEDGE).toList();
            assertThat(rows).hasSize(2).allSatisfy(entry -> {
                assertThat(entry.entity()).isEqualTo(AuditEntity.ALERT);
                assertThat(entry.date()).hasValue(JAN_4);
                assertThat(entry.stage()).hasValue(Stage.ARRIVAL);
            });
            assertThat(rows).extracting(AuditEntry::oldValue)
                    .contains("{\"note\": \"Lab re-ran the batch; one household\"}");
        }
    }

    @Test
    void aCopyCarriesRulesAndAcknowledgements() {
        Path target = folder.resolve("copy.db");
        try (Database source = openNew(folder)) {
            long media = groupId(source, "Media");
            source.alertRules().put(AlertRuleKey.ofGroup(media, Stage.IN_LOOP), STRICT);
            source.alertRules().put(AlertRuleKey.stageDefault(Stage.ARRIVAL), AlertRule.DEFAULT);
            source.alerts().acknowledge(new ResultKey(JAN_4, media, Stage.IN_LOOP), "seen");
            try (Database copy = Database.open(target, OpenMode.CREATE_IF_MISSING, CLOCK)) {
                source.copyTo(copy);
                assertThat(copy.alertRules().load()).isEqualTo(source.alertRules().load());
                assertThat(copy.alerts().findAll()).isEqualTo(source.alerts().findAll());
            }
        }
    }
}
