package org.loopwatch.domain;

import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/**
 * The rule a name must meet to be given to a group — added in Settings, renamed, or created by an
 * import — kept here once so the form, the import and the store refuse the same names with the
 * same words. Blank names are refused by {@link Group} itself, taken names by the store.
 *
 * <p>A name may not hold a control character (U+0000–U+001F, U+007F–U+009F: a tab, a line break,
 * a NUL…) nor a line or paragraph separator (U+2028, U+2029): they are invisible in a list, break
 * a line of a CSV export, a chart legend and a PDF table, and make two names that look the same.
 * Only the name as it would be stored is judged: surrounding blanks, a tab or line break among
 * them, are removed anyway ({@link Group}).
 *
 * <p>{@link Group} itself does not apply this rule: a database written before it may hold such a
 * name, and must still open so that the group can be renamed.
 *
 * <p>A rollup's name is a group's name for the same readers (legends, CSV exports, PDF tables): the
 * same rule, said of a rollup ({@link #rollupProblem}).
 */
public final class GroupNames {

    private static final Texts TEXT = Texts.of(GroupNames.class);

    private GroupNames() {
    }

    /**
     * What is wrong with this text as a new group name, as a sentence for a person; empty when it
     * may be used, and for a blank text (the caller says "type a name" in its own words).
     */
    public static Optional<String> problem(String name) {
        return problem(name, "groupName.control");
    }

    /** What is wrong with this text as a rollup's name; as {@link #problem} says of a group's. */
    public static Optional<String> rollupProblem(String name) {
        return problem(name, "rollupName.control");
    }

    /**
     * Returns the name when it may be given to a rollup.
     *
     * @throws IllegalArgumentException with {@link #rollupProblem}'s sentence when it may not
     */
    public static String requireAllowedForRollup(String name) {
        rollupProblem(name).ifPresent(whatIsWrong -> {
            throw new IllegalArgumentException(whatIsWrong);
        });
        return name;
    }

    private static Optional<String> problem(String name, String messageKey) {
        if (name == null) {
            return Optional.empty();
        }
        String stored = name.strip();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (isRefused(c)) {
                return Optional.of(TEXT.format(messageKey, String.valueOf(i + 1),
                        String.format(Locale.ROOT, "U+%04X", (int) c)));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the name when it may be given to a group.
     *
     * @throws IllegalArgumentException with {@link #problem}'s sentence when it may not
     */
    public static String requireAllowed(String name) {
        problem(name).ifPresent(whatIsWrong -> {
            throw new IllegalArgumentException(whatIsWrong);
        });
        return name;
    }

    private static boolean isRefused(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
