package org.loopwatch.ui.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.TypedDigits;
import org.loopwatch.store.AlertRuleRepository;
import org.loopwatch.store.Database;

/**
 * Alert rules per group and stage (issue 21): choose what a rule applies to — every group (the
 * stage's default) or one group — and a stage; the form shows the rule in force there and where it
 * comes from; Save sets it, "Use the default" removes a group's own rule. α, the fewest positives
 * and the optional absolute threshold (typed in percent) are checked as typed, all problems at
 * once, and nothing is written while one remains. Every change is audited by the store.
 */
public final class AlertRulesViewModel {

    private static final Texts TEXT = Texts.of(AlertRulesViewModel.class);

    /** What a rule applies to: one group, or every group without its own rule (no id). */
    public record Target(OptionalLong groupId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final SectionWork work;
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.IN_LOOP);
    private final StringProperty alpha = new SimpleStringProperty("");
    private final StringProperty minPositives = new SimpleStringProperty("");
    private final StringProperty threshold = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ObservableList<String> ruleLines = FXCollections.observableArrayList();
    private final ObjectProperty<AlertRules> saved = new SimpleObjectProperty<>(AlertRules.DEFAULTS);
    private final StringBinding problem;
    private final BooleanBinding canSave;
    private final BooleanBinding canUseDefault;
    private List<Group> groups = List.of();

    AlertRulesViewModel(SectionWork work) {
        this.work = work;
        problem = Bindings.createStringBinding(this::problems, alpha, minPositives, threshold);
        canSave = Bindings.createBooleanBinding(() -> target.get() != null && stage.get() != null
                && problem.get().isEmpty(), target, stage, problem).and(work.busyProperty().not());
        canUseDefault = Bindings.createBooleanBinding(() -> target.get() != null && stage.get() != null
                && saved.get().rules().containsKey(key()), target, stage, saved).and(work.busyProperty().not());
        target.addListener((observable, before, now) -> showRuleInForce());
        stage.addListener((observable, before, now) -> showRuleInForce());
    }

    public SectionWork work() {
        return work;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public List<Stage> stageChoices() {
        return List.of(Stage.values());
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** α as typed, e.g. "0.01". */
    public StringProperty alphaProperty() {
        return alpha;
    }

    /** The fewest positives as typed, e.g. "2". */
    public StringProperty minPositivesProperty() {
        return minPositives;
    }

    /** The absolute threshold in percent as typed, e.g. "0.1" for 0.1 %; empty for none. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    /** Where the rule shown comes from: the group's own, the stage's default, or the built-in one. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Every problem of the form in one sentence each; empty when it can be saved. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True when the chosen group and stage (or stage default) has a rule set that can be removed. */
    public BooleanBinding canUseDefaultProperty() {
        return canUseDefault;
    }

    /** The rules set, one line each ("Operating staff, In-loop: α 0.001, at least 3 positives"). */
    public ObservableList<String> ruleLines() {
        return ruleLines;
    }

    /** Reads the groups and the rules; the form keeps the chosen target and stage. */
    public void load() {
        Database database = work.services().database();
        work.read(() -> new Loaded(database.groups().findAll(), database.alertRules().load()), loaded -> {
            groups = loaded.groups();
            Target chosen = target.get();
            List<Target> all = new ArrayList<>();
            all.add(new Target(OptionalLong.empty(), TEXT.get("alerts.everyGroup")));
            loaded.groups().stream().filter(Group::active)
                    .forEach(group -> all.add(new Target(OptionalLong.of(group.id()), group.name())));
            targets.setAll(all);
            target.set(chosen == null ? all.get(0)
                    : all.stream().filter(each -> each.groupId().equals(chosen.groupId())).findFirst().orElse(all.get(0)));
            saved.set(loaded.rules());
            showRuleInForce();
        });
    }

    /** Sets the form's rule for the chosen group (or every group) and stage. */
    public void save() {
        String problems = problem.get();
        if (!problems.isEmpty()) {
            work.refuse(problems);
            return;
        }
        AlertRuleKey key = key();
        AlertRule rule = formRule();
        AlertRuleRepository rules = work.services().database().alertRules();
        String label = describeTarget(key);
        work.write(() -> {
            rules.put(key, rule);
            return rules.load();
        }, this::showSaved, stored -> TEXT.format("alerts.saved", label, describe(rule)));
    }

    /** Removes the chosen group's own rule (it follows the stage's default again), or a stage's default. */
    public void useDefault() {
        AlertRuleKey key = key();
        AlertRuleRepository rules = work.services().database().alertRules();
        String label = describeTarget(key);
        work.write(() -> {
            rules.remove(key);
            return rules.load();
        }, this::showSaved, stored -> TEXT.format("alerts.removed", label,
                describe(stored.ruleFor(key.groupId().orElse(0), key.stage()))));
    }

    private void showSaved(AlertRules stored) {
        saved.set(stored);
        showRuleInForce();
    }

    private AlertRuleKey key() {
        return new AlertRuleKey(target.get() == null ? OptionalLong.empty() : target.get().groupId(),
                stage.get() == null ? Stage.IN_LOOP : stage.get());
    }

    private void showRuleInForce() {
        if (target.get() == null || stage.get() == null) {
            return;
        }
        AlertRuleKey key = key();
        AlertRules rules = saved.get();
        AlertRule rule;
        if (rules.rules().containsKey(key)) {
            rule = rules.rules().get(key);
            origin.set(TEXT.get(key.isDefault() ? "alerts.origin.stageDefault" : "alerts.origin.own"));
        } else {
            rule = rules.stageDefault(key.stage());
            boolean stageDefaultSet = rules.rules().containsKey(AlertRuleKey.stageDefault(key.stage()));
            origin.set(TEXT.get(!key.isDefault() && stageDefaultSet ? "alerts.origin.followsStage" : "alerts.origin.builtIn"));
        }
        alpha.set(AlertText.number(rule.alpha()));
        minPositives.set(Long.toString(rule.minPositives()));
        threshold.set(rule.absoluteThreshold().isPresent()
                ? AlertText.number(new BigDecimal(Double.toString(rule.absoluteThreshold().getAsDouble()))
                        .movePointRight(2).doubleValue()) : "");
        List<String> lines = new ArrayList<>();
        rules.rules().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator
                        .comparingLong((AlertRuleKey each) -> each.groupId().orElse(-1))
                        .thenComparing(AlertRuleKey::stage)))
                .forEach(entry -> lines.add(TEXT.format("alerts.line", describeTarget(entry.getKey()),
                        describe(entry.getValue()))));
        ruleLines.setAll(lines);
    }

    private String describeTarget(AlertRuleKey key) {
        String who = key.groupId().isEmpty() ? TEXT.get("alerts.everyGroup")
                : groups.stream().filter(group -> group.id() == key.groupId().getAsLong()).map(Group::name)
                        .findFirst().orElse("#" + key.groupId().getAsLong());
        return TEXT.format("alerts.target", who, StageScope.of(key.stage()).shortLabel());
    }

    /** "α 0.01, at least 2 positives" or "…, or positivity above 0.10 %". */
    static String describe(AlertRule rule) {
        String text = TEXT.format("alerts.rule", AlertText.number(rule.alpha()), Long.toString(rule.minPositives()));
        return rule.absoluteThreshold().isPresent()
                ? TEXT.format("alerts.ruleWithThreshold", text, RateFormat.percent(rule.absoluteThreshold().getAsDouble()))
                : text;
    }

    /* "０．００１" from a Chinese input method is 0.001 (TypedDigits), and blanks around it do not count. */
    private static String typed(String text) {
        return text == null ? "" : TypedDigits.toAscii(text).strip();
    }

    private AlertRule formRule() {
        return new AlertRule(parseDouble(typed(alpha.get())), Long.parseLong(typed(minPositives.get())), thresholdValue());
    }

    private OptionalDouble thresholdValue() {
        String text = threshold.get() == null ? "" : typed(threshold.get()).replace("%", "").strip();
        return text.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(new BigDecimal(text).movePointLeft(2).doubleValue());
    }

    private String problems() {
        List<String> problems = new ArrayList<>();
        double alphaValue = parseDouble(typed(alpha.get()));
        if (!(alphaValue > 0 && alphaValue <= 0.5)) {
            problems.add(TEXT.get("alerts.problem.alpha"));
        }
        try {
            if (Long.parseLong(typed(minPositives.get())) < 1) {
                problems.add(TEXT.get("alerts.problem.minPositives"));
            }
        } catch (NumberFormatException notANumber) {
            problems.add(TEXT.get("alerts.problem.minPositives"));
        }
        try {
            OptionalDouble value = thresholdValue();
            if (value.isPresent() && !(value.getAsDouble() > 0 && value.getAsDouble() < 1)) {
                problems.add(TEXT.get("alerts.problem.threshold"));
            }
        } catch (NumberFormatException notANumber) {
            problems.add(TEXT.get("alerts.problem.threshold"));
        }
        return String.join(" ", problems);
    }

    /** A decimal as typed (a comma as the decimal mark is read too); NaN when it is none. */
    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip().replace(',', '.').toLowerCase(Locale.ROOT));
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private record Loaded(List<Group> groups, AlertRules rules) {
    }
}
