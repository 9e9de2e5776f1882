package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.AuditFilter;

/** Alert rules per group and stage in Settings: checked as typed, saved, audited, removed (issue 21). */
class AlertRulesViewModelTest extends SettingsSectionTest {

    private AlertRulesViewModel rules() {
        return settings.alertRules();
    }

    private void choose(String group, Stage stage) {
        rules().targetProperty().set(rules().targets().stream().filter(target -> target.label().equals(group))
                .findFirst().orElseThrow());
        rules().stageProperty().set(stage);
    }

    @Test
    void aGroupWithoutARuleShowsTheBuiltInRuleAndSaysWhereItComesFrom() {
        choose("Media", Stage.IN_LOOP);

        assertThat(rules().alphaProperty().get()).isEqualTo("0.01");
        assertThat(rules().minPositivesProperty().get()).isEqualTo("2");
        assertThat(rules().thresholdProperty().get()).isEmpty();
        assertThat(rules().originProperty().get()).isEqualTo("The built-in rule applies here (nothing set).");
        assertThat(rules().canUseDefaultProperty().get()).isFalse();
    }

    @Test
    void aRuleForOneGroupAndStageIsSavedAuditedAndFollowedByNoOtherGroup() {
        choose("Operating staff", Stage.IN_LOOP);
        rules().alphaProperty().set("0.001");
        rules().minPositivesProperty().set("3");
        rules().thresholdProperty().set("0.1");

        rules().save();

        long staff = fixture.groupId("Operating staff");
        assertThat(database.alertRules().load().ruleFor(staff, Stage.IN_LOOP))
                .isEqualTo(new AlertRule(0.001, 3, OptionalDouble.of(0.001)));
        assertThat(database.alertRules().load().ruleFor(fixture.groupId("Media"), Stage.IN_LOOP))
                .isEqualTo(AlertRule.DEFAULT);
        assertThat(rules().work().messageProperty().get())
                .isEqualTo("Saved the alert rule for Operating staff, In-loop: α 0.001, at least 3 positives; "
                        + "or positivity above 0.10 %. Dashboards and briefings judge with it from now on.");
        assertThat(rules().originProperty().get()).isEqualTo("This group has its own rule for this stage.");
        assertThat(rules().ruleLines()).containsExactly(
                "Operating staff, In-loop: α 0.001, at least 3 positives; or positivity above 0.10 %");
        assertThat(database.audit().find(AuditFilter.all()))
                .filteredOn(entry -> entry.entity() == AuditEntity.ALERT_RULE).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.INSERT));

        rules().useDefault();

        assertThat(database.alertRules().load().ruleFor(staff, Stage.IN_LOOP)).isEqualTo(AlertRule.DEFAULT);
        assertThat(rules().alphaProperty().get()).isEqualTo("0.01");
        assertThat(rules().ruleLines()).isEmpty();
    }

    @Test
    void numbersTypedThroughAChineseInputMethodAreReadAsNumbers() {
        choose("Operating staff", Stage.IN_LOOP);
        rules().alphaProperty().set("０．００１");
        rules().minPositivesProperty().set("３");
        rules().thresholdProperty().set("０．１％");

        rules().save();

        assertThat(database.alertRules().load().ruleFor(fixture.groupId("Operating staff"), Stage.IN_LOOP))
                .isEqualTo(new AlertRule(0.001, 3, OptionalDouble.of(0.001)));
    }

    @Test
    void aStageDefaultIsFollowedByGroupsWithoutTheirOwnRule() {
        choose("Every group (default)", Stage.ARRIVAL);
        rules().alphaProperty().set("0,05");
        rules().save();

        choose("Athletes", Stage.ARRIVAL);

        assertThat(rules().alphaProperty().get()).isEqualTo("0.05");
        assertThat(rules().originProperty().get()).isEqualTo("This group follows the rule for every group of this stage.");
        assertThat(database.alertRules().load().ruleFor(fixture.groupId("Athletes"), Stage.ARRIVAL).alpha())
                .isEqualTo(0.05);
    }

    @Test
    void badValuesAreAllNamedAtOnceAndNothingIsWritten() {
        choose("Media", Stage.ARRIVAL);
        long before = database.audit().count();
        rules().alphaProperty().set("0.9");
        rules().minPositivesProperty().set("two");
        rules().thresholdProperty().set("150");

        assertThat(rules().problemProperty().get()).contains("α must be", "whole number", "threshold is a positivity");
        assertThat(rules().canSaveProperty().get()).isFalse();
        rules().save();

        assertThat(database.audit().count()).isEqualTo(before);
        assertThat(rules().work().failedProperty().get()).isTrue();
    }
}
