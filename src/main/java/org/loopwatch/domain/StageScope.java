package org.loopwatch.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.text.Texts;

/**
 * Which stages one figure sums: arrival alone, in-loop alone, or both together. Both together
 * mixes two denominators (arrivals tested and routine screening tests), so it is never a default
 * and every place that shows it says so ({@link #mixesStages()}). The codes are those of
 * {@code --stage} and of {@code summary --json} (SPEC §7).
 */
public enum StageScope {
    ARRIVAL("arrival", EnumSet.of(Stage.ARRIVAL)),
    IN_LOOP("in_loop", EnumSet.of(Stage.IN_LOOP)),
    BOTH("all", EnumSet.allOf(Stage.class));

    private static final Texts TEXT = Texts.of(StageScope.class);

    private final String code;
    private final Set<Stage> stages;

    StageScope(String code, Set<Stage> stages) {
        this.code = code;
        this.stages = Set.copyOf(stages);
    }

    /** "arrival", "in_loop" or "all". */
    public String code() {
        return code;
    }

    /** The stages summed, never empty. */
    public Set<Stage> stages() {
        return stages;
    }

    /** True for {@link #BOTH}: the figure divides by two different kinds of tests. */
    public boolean mixesStages() {
        return this == BOTH;
    }

    /** The scope of one stage. */
    public static StageScope of(Stage stage) {
        return stage == Stage.ARRIVAL ? ARRIVAL : IN_LOOP;
    }

    /** Short label for tables and tile parts: "Arrival", "In-loop", "Both stages (mixed)". */
    public String shortLabel() {
        return TEXT.get("scope.short." + code);
    }

    /** Parses {@code arrival}, {@code in_loop} or {@code all}, ignoring case and blanks. */
    public static Optional<StageScope> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (StageScope scope : values()) {
            if (scope.code.equals(wanted)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
