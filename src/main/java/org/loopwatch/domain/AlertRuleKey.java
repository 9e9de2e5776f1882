package org.loopwatch.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What an {@link AlertRule} applies to: one group in one stage, or, with no group, the default of
 * a stage for every group without a rule of its own.
 */
public record AlertRuleKey(OptionalLong groupId, Stage stage) {

    public AlertRuleKey {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(stage, "stage");
    }

    public static AlertRuleKey ofGroup(long groupId, Stage stage) {
        return new AlertRuleKey(OptionalLong.of(groupId), stage);
    }

    public static AlertRuleKey stageDefault(Stage stage) {
        return new AlertRuleKey(OptionalLong.empty(), stage);
    }

    public boolean isDefault() {
        return groupId.isEmpty();
    }
}
