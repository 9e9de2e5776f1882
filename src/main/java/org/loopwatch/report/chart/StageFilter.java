package org.loopwatch.report.chart;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;

/**
 * Which stages a dashboard, chart or comparison sums: one of them, or both together. The codes
 * are those of {@code --stage} on the command line (SPEC §7).
 */
public enum StageFilter {
    ALL("all", EnumSet.allOf(Stage.class)),
    ARRIVAL("arrival", EnumSet.of(Stage.ARRIVAL)),
    IN_LOOP("in_loop", EnumSet.of(Stage.IN_LOOP));

    private final String code;
    private final Set<Stage> stages;

    StageFilter(String code, Set<Stage> stages) {
        this.code = code;
        this.stages = Set.copyOf(stages);
    }

    public String code() {
        return code;
    }

    /**
     * A label for people, e.g. "In-loop screening", in the language of the moment: read at each
     * call, because an enum's fields are fixed by whichever locale first loaded the class.
     */
    public String label() {
        return stages.size() == 1 ? stages.iterator().next().label()
                : org.loopwatch.domain.text.Texts.of(StageFilter.class).get("stage.all");
    }

    public Set<Stage> stages() {
        return stages;
    }

    /**
     * The rolling-positivity charts of a stage choice: one per stage, never mixing them unless
     * both together were chosen. The dashboard and the briefing draw the same ones.
     */
    public static List<StageFilter> rollingFor(StageChoice choice) {
        return switch (choice) {
            case APART -> List.of(ARRIVAL, IN_LOOP);
            case ARRIVAL -> List.of(ARRIVAL);
            case IN_LOOP -> List.of(IN_LOOP);
            case BOTH -> List.of(ALL);
        };
    }

    /** What the count charts (positives, tests, cumulative) sum: counts add up across stages, rates do not. */
    public static StageFilter countsFor(StageChoice choice) {
        return switch (choice) {
            case ARRIVAL -> ARRIVAL;
            case IN_LOOP -> IN_LOOP;
            case APART, BOTH -> ALL;
        };
    }

    public static Optional<StageFilter> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (StageFilter filter : values()) {
            if (filter.code.equals(wanted)) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }
}
