package org.loopwatch.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The alert rules in force: a group's own rule for a stage, else that stage's default, else
 * {@link AlertRule#DEFAULT}.
 *
 * @param rules the rules set, by what they apply to
 */
public record AlertRules(Map<AlertRuleKey, AlertRule> rules) {

    /** No rule set: {@link AlertRule#DEFAULT} everywhere. */
    public static final AlertRules DEFAULTS = new AlertRules(Map.of());

    public AlertRules {
        rules = Map.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** The rule that judges a group's days in a stage. */
    public AlertRule ruleFor(long groupId, Stage stage) {
        AlertRule own = rules.get(AlertRuleKey.ofGroup(groupId, stage));
        return own != null ? own : stageDefault(stage);
    }

    /** The default of a stage: the rule set for it, else {@link AlertRule#DEFAULT}. */
    public AlertRule stageDefault(Stage stage) {
        return rules.getOrDefault(AlertRuleKey.stageDefault(stage), AlertRule.DEFAULT);
    }

    /** Whether the group has a rule of its own in the stage (not the stage's default). */
    public boolean hasOwnRule(long groupId, Stage stage) {
        return rules.containsKey(AlertRuleKey.ofGroup(groupId, stage));
    }
}
