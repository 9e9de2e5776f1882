package org.loopwatch.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/**
 * Which stages a view shows: arrival and in-loop apart (the default everywhere), one of them, or
 * both summed into one mixed figure, which only an explicit choice gives. Stored as the default
 * stage in Settings by its {@link #code()}.
 */
public enum StageChoice {
    APART("apart", List.of(StageScope.ARRIVAL, StageScope.IN_LOOP)),
    ARRIVAL("arrival", List.of(StageScope.ARRIVAL)),
    IN_LOOP("in_loop", List.of(StageScope.IN_LOOP)),
    BOTH("all", List.of(StageScope.BOTH));

    /** What a view shows until someone chooses otherwise. */
    public static final StageChoice DEFAULT = APART;

    private static final Texts TEXT = Texts.of(StageChoice.class);

    private final String code;
    private final List<StageScope> scopes;

    StageChoice(String code, List<StageScope> scopes) {
        this.code = code;
        this.scopes = scopes;
    }

    /** "apart", "arrival", "in_loop" or "all" (the last three as {@code --stage} takes them). */
    public String code() {
        return code;
    }

    /** The figures shown side by side, in order. */
    public List<StageScope> scopes() {
        return scopes;
    }

    /** True for {@link #BOTH}: one figure divides by arrivals and screening tests together. */
    public boolean mixesStages() {
        return this == BOTH;
    }

    /** "Arrival and in-loop apart", …, "Both stages together (mixes denominators)". */
    public String label() {
        return TEXT.get("choice." + code);
    }

    /** Parses a code, ignoring case and blanks. */
    public static Optional<StageChoice> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (StageChoice choice : values()) {
            if (choice.code.equals(wanted)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
