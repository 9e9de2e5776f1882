package org.loopwatch.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * When a group/stage's day raises an alert (SPEC §2 Exceedance flag).
 *
 * <p>A day with x positives in n tests raises an alert when x ≥ {@code minPositives} and either
 * <ul>
 *   <li>the one-sided binomial P(X ≥ x | n, p0) &lt; {@code alpha}, p0 being the baseline of the
 *       14 days before (needs at least 7 reported days; see {@link ExceedanceDetector}), or</li>
 *   <li>an absolute threshold is set and x ÷ n is above it (a level the team chose, so it needs no
 *       baseline).</li>
 * </ul>
 *
 * @param alpha             one-sided significance level, in (0, 0.5]; default 0.01
 * @param minPositives      fewest positives that can raise an alert, at least 1; default 2
 * @param absoluteThreshold optional positivity (a fraction in (0, 1), e.g. 0.001 for 0.1 %) above
 *                          which a day raises an alert whatever its baseline; empty by default
 */
public record AlertRule(double alpha, long minPositives, OptionalDouble absoluteThreshold) {

    /** α 0.01, at least 2 positives, no absolute threshold. */
    public static final AlertRule DEFAULT = new AlertRule(0.01, 2, OptionalDouble.empty());

    public AlertRule {
        List<String> problems = problems(alpha, minPositives, absoluteThreshold);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Every problem of the values at once, as field names with what is wrong (for validation
     * messages; the view model words them for people). Empty when the values make a rule.
     */
    public static List<String> problems(double alpha, long minPositives, OptionalDouble absoluteThreshold) {
        List<String> problems = new ArrayList<>();
        if (!(alpha > 0 && alpha <= 0.5)) {
            problems.add("alpha must be above 0 and at most 0.5, not " + alpha);
        }
        if (minPositives < 1) {
            problems.add("minimum positives must be at least 1, not " + minPositives);
        }
        if (absoluteThreshold.isPresent()) {
            double threshold = absoluteThreshold.getAsDouble();
            if (!(threshold > 0 && threshold < 1)) {
                problems.add("the absolute threshold must be a fraction above 0 and below 1, not " + threshold);
            }
        }
        return problems;
    }
}
