package org.loopwatch.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Exceedance;

/**
 * A flag as {@code summary --json} writes it, in the rows and in the top-level {@code flags} list
 * alike: where and when ({@code group}, {@code stage}, {@code from}, {@code to}, {@code date}), the
 * day's counts, the baseline (reported days, counts, plain and half-count positivity), the tail
 * probability, the rule (α, fewest positives, absolute threshold or null), the reasons and the
 * sentence the screen and the briefing show. Rates and probabilities are fractions. A last day's
 * cell that could not be judged (the {@code no_baseline} lists) has the same shape: {@code p0} and
 * {@code p_value} null, no reasons, and an explanation that says "no baseline yet" and why.
 */
final class AlertJson {

    private AlertJson() {
    }

    static Map<String, Object> flag(Exceedance alert, Map<Long, String> names) {
        String group = names.getOrDefault(alert.cell().groupId(), "#" + alert.cell().groupId());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", group);
        row.put("stage", alert.cell().stage().code());
        row.put("from", alert.cell().date().toString());
        row.put("to", alert.cell().date().toString());
        row.put("date", alert.cell().date().toString());
        row.put("tests", alert.day().tests());
        row.put("positives", alert.day().positives());
        row.put("baseline_days", alert.baselineDays());
        row.put("baseline_tests", alert.baseline().tests());
        row.put("baseline_positives", alert.baseline().positives());
        row.put("baseline_positivity", alert.baselinePositivity().isPresent()
                ? (Object) alert.baselinePositivity().getAsDouble() : null);
        row.put("p0", alert.p0().isPresent() ? (Object) alert.p0().getAsDouble() : null);
        row.put("p_value", alert.pValue().isPresent() ? (Object) alert.pValue().getAsDouble() : null);
        row.put("alpha", alert.rule().alpha());
        row.put("min_positives", alert.rule().minPositives());
        row.put("threshold", alert.rule().absoluteThreshold().isPresent()
                ? (Object) alert.rule().absoluteThreshold().getAsDouble() : null);
        row.put("reasons", alert.reasons().stream().map(reason -> reason.name().toLowerCase(Locale.ROOT))
                .sorted().toList());
        row.put("explanation", AlertText.explain(alert, group));
        return row;
    }
}
