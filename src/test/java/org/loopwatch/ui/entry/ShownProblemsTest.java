package org.loopwatch.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.Severity;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;

/** Which problems the entry form shows, without a screen. */
class ShownProblemsTest {

    private static final ValidationProblem DATE_WARNING = new ValidationProblem(ValidationProblem.DATE,
            "2022-01-02 is before the loop started on 2022-01-04.", Severity.WARNING);
    private static final ValidationProblem TESTS_MISSING =
            new ValidationProblem(ValidationProblem.TESTS, "Enter the number of tests.", Severity.ERROR);
    private static final ValidationProblem POSITIVES_MISSING =
            new ValidationProblem(ValidationProblem.POSITIVES, "Enter the number of positives.", Severity.ERROR);
    private static final ValidationResult BLANK_NUMBERS = new ValidationResult(Optional.empty(),
            List.of(DATE_WARNING, TESTS_MISSING, POSITIVES_MISSING)); // in field order, as the validator lists them

    private final ShownProblems shown = new ShownProblems();

    @Test
    void aFreshFormDoesNotFlagItsBlankNumbers() {
        shown.show(BLANK_NUMBERS, typed("", " "));

        assertThat(shown.list()).containsExactly(DATE_WARNING);
        assertThat(shown.of(ValidationProblem.TESTS)).isEmpty();
    }

    @Test
    void onceASaveWasTriedBlankNumbersAreFlaggedErrorsFirst() {
        shown.flagBlanks(true);
        shown.show(BLANK_NUMBERS, typed("", ""));

        assertThat(shown.list()).containsExactly(TESTS_MISSING, POSITIVES_MISSING, DATE_WARNING);
        assertThat(shown.of(ValidationProblem.POSITIVES)).containsExactly(POSITIVES_MISSING);
    }

    @Test
    void aProblemOfATypedNumberIsShownAtOnceAndAFilledFormHidesBlanksAgain() {
        ValidationProblem notANumber = new ValidationProblem(ValidationProblem.TESTS, "Tests must be a whole number.",
                Severity.ERROR);
        shown.show(new ValidationResult(Optional.empty(), List.of(notANumber, POSITIVES_MISSING)), typed("abc", ""));
        assertThat(shown.list()).containsExactly(notANumber);

        shown.flagBlanks(true);
        shown.flagBlanks(false);
        shown.show(BLANK_NUMBERS, typed("", ""));
        assertThat(shown.list()).containsExactly(DATE_WARNING);
    }

    /* While the groups are read no group is chosen yet: no red "Choose a group." before anything is typed (issue 15). */
    @Test
    void noGroupYetIsFlaggedOnlyOnceASaveWasTried() {
        ValidationProblem noGroup = new ValidationProblem(ValidationProblem.GROUP, "Choose a group.", Severity.ERROR);
        ValidationResult result = new ValidationResult(Optional.empty(), List.of(noGroup, TESTS_MISSING, POSITIVES_MISSING));
        RawEntry beforeTheGroupsAreRead = new RawEntry("2022-01-10", null, "arrival", "", "", "");

        shown.show(result, beforeTheGroupsAreRead);
        assertThat(shown.list()).isEmpty();

        shown.flagBlanks(true);
        shown.show(result, beforeTheGroupsAreRead);
        assertThat(shown.list()).containsExactly(noGroup, TESTS_MISSING, POSITIVES_MISSING);
    }

    private static RawEntry typed(String tests, String positives) {
        return new RawEntry("2022-01-10", "Athletes", "arrival", tests, positives, "");
    }
}
